package org.readout.core.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article as Readout sees it: normalized plain text plus the little metadata analysis
 * needs.
 *
 * @param id a stable identifier (file path, JSONL {@code id}, URL)
 * @param title the headline, when known; not part of {@link #text()}
 * @param text the plain text every annotation's offsets refer to
 * @param date the document (publication) date, or null when unknown
 * @param dateSource where {@code date} came from; {@link DateSource#NONE} exactly when {@code date}
 *     is null
 * @param url the source address, when known
 * @param outlet the outlet that published it as the input names it (JSONL {@code source}), or null;
 *     readers of the record fall back to the URL's host
 */
public record Article(
    String id,
    @Nullable String title,
    String text,
    @Nullable LocalDate date,
    DateSource dateSource,
    @Nullable String url,
    @Nullable String outlet) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dateSource, "dateSource");
    if ((date == null) != (dateSource == DateSource.NONE)) {
      throw new IllegalArgumentException(
          "date " + date + " does not fit date source " + dateSource);
    }
  }

  /** An article whose input names no outlet. */
  public Article(
      String id,
      @Nullable String title,
      String text,
      @Nullable LocalDate date,
      DateSource dateSource,
      @Nullable String url) {
    this(id, title, text, date, dateSource, url, null);
  }

  /** An article with only an id and text. */
  public static Article of(String id, String text) {
    return new Article(id, null, text, null, DateSource.NONE, null);
  }

  /**
   * A copy with the given date, or this article when it already has a date from a more trusted
   * source.
   */
  public Article withDate(LocalDate newDate, DateSource source) {
    return new Article(id, title, text, newDate, source, url, outlet);
  }

  /** A copy naming {@code newOutlet} as the outlet. */
  public Article withOutlet(@Nullable String newOutlet) {
    return new Article(id, title, text, date, dateSource, url, newOutlet);
  }
}
