package org.readout.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HtmlExtractor} found in a page.
 *
 * @param text the main text: one paragraph per block element, paragraphs joined by a blank line
 *     ({@code "\n\n"}); empty when the page has no text
 * @param title {@code og:title}, else {@code <title>}; null when neither has text
 * @param date the publication date from the page's metadata, or null
 * @param url {@code og:url}, else {@code <link rel=canonical>}; null when neither is present
 * @param warnings problems that did not stop extraction, such as an unreadable date, without the
 *     document name
 * @param linkCount the number of links ({@code <a href>}) in the element the text was taken from
 * @param linkTextLength the length of those links' text, in UTF-16 units: with {@code text} it
 *     tells a listing page (mostly links) from an article (mostly prose)
 */
public record HtmlPage(
    String text,
    @Nullable String title,
    @Nullable LocalDate date,
    @Nullable String url,
    List<String> warnings,
    int linkCount,
    int linkTextLength) {
  public HtmlPage {
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }

  /** A page without link counts (for text that is known to be one article). */
  public HtmlPage(
      String text,
      @Nullable String title,
      @Nullable LocalDate date,
      @Nullable String url,
      List<String> warnings) {
    this(text, title, date, url, warnings, 0, 0);
  }
}
