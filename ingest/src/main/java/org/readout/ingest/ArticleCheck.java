package org.readout.ingest;

import org.jspecify.annotations.Nullable;
import org.readout.ingest.html.HtmlPage;

/**
 * Tells crawled pages that are no article (a home page, a section index, a stub) from articles,
 * cheaply, after extraction. The thresholds are documented in {@code docs/inputs.md}.
 *
 * <p>Design decision: two plain rules (too little text; links making up much of the text) rather
 * than a boilerplate classifier: they are explainable in a skip reason, and a news crawl's
 * non-articles fail them by a wide margin.
 */
final class ArticleCheck {
  /** Fewer extracted characters than this is no article (a news brief has 400 or more). */
  static final int MIN_TEXT_CHARS = 250;

  /** At least this many links in the main text... */
  static final int LISTING_MIN_LINKS = 10;

  /** ...whose text is at least this percentage of the main text make a listing page. */
  static final int LISTING_LINK_TEXT_PERCENT = 35;

  private ArticleCheck() {}

  /** The skip result for a page that is no article, or null for an article. */
  static @Nullable IngestResult skip(String id, String name, HtmlPage page) {
    int length = page.text().length();
    if (length == 0) {
      return IngestResult.skipped(id, SkipReason.NO_TEXT, name + ": skipped: no text");
    }
    if (page.linkCount() >= LISTING_MIN_LINKS
        && page.linkTextLength() * 100L >= (long) length * LISTING_LINK_TEXT_PERCENT) {
      return IngestResult.skipped(
          id,
          SkipReason.LISTING_PAGE,
          name
              + ": skipped: index or listing page ("
              + page.linkCount()
              + " links, "
              + page.linkTextLength() * 100L / length
              + "% of the text)");
    }
    if (length < MIN_TEXT_CHARS) {
      return IngestResult.skipped(
          id,
          SkipReason.TOO_LITTLE_TEXT,
          name + ": skipped: too little text (" + length + " characters)");
    }
    return null;
  }
}
