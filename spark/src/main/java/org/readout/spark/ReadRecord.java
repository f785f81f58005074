package org.readout.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

/**
 * One record of an input file as the reading stage hands it to the extraction stage: an article
 * read from it, or the reason it could not be read. Serializable, so that the records of one file
 * can be spread over every core before the costly extraction ({@link IngestJob}).
 *
 * @param file the input file (as given, or its URI)
 * @param order the record's position in the input ({@link TaggedRow#order})
 * @param id the record's id: the article's, else the failed record's ({@code file:line})
 * @param title the article's title, or null
 * @param text the article's text; null when the record failed
 * @param date the article's date, or null
 * @param dateSource where the date came from; null when the record failed
 * @param url the article's URL, or null
 * @param outlet the outlet its input names, or null
 * @param error why the record could not be read, or null
 */
record ReadRecord(
    String file,
    long order,
    String id,
    @Nullable String title,
    @Nullable String text,
    @Nullable LocalDate date,
    @Nullable DateSource dateSource,
    @Nullable String url,
    @Nullable String outlet,
    @Nullable String error)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static ReadRecord of(String file, long order, Article a) {
    return new ReadRecord(
        file,
        order,
        a.id(),
        a.title(),
        a.text(),
        a.date(),
        a.dateSource(),
        a.url(),
        a.outlet(),
        null);
  }

  static ReadRecord failed(String file, long order, String id, String error) {
    return new ReadRecord(file, order, id, null, null, null, null, null, null, error);
  }

  /** The article; only for a record that was read ({@link #error()} null). */
  Article article() {
    if (text == null || dateSource == null) {
      throw new IllegalStateException(id + ": a failed record has no article");
    }
    return new Article(id, title, text, date, dateSource, url, outlet);
  }
}
