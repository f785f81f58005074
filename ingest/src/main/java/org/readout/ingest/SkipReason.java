package org.readout.ingest;

/**
 * Why an input was skipped rather than read or failed: it is no article, or not a file at all.
 * Skipping is not a failure (the exit status stays 0); a skipped {@link IngestResult} carries one
 * of these and a {@link Diagnostic.Severity#WARNING} naming the input, so a summary can count
 * "skipped by reason" with {@link #label()}.
 */
public enum SkipReason {
  /** A feed item or web page whose extracted text is empty. */
  NO_TEXT("no text"),
  /** A web page (WARC) whose extracted text is too short to be an article. */
  TOO_LITTLE_TEXT("too little text"),
  /** A web page (WARC) that is mostly links: a home, section or index page. */
  LISTING_PAGE("index or listing page"),
  /** A WARC response whose HTTP status is not 200 (redirects, errors). */
  HTTP_STATUS("HTTP status not 200"),
  /** A WARC response whose content is not HTML or XHTML (images, scripts, PDFs). */
  NOT_HTML("not HTML"),
  /** A feed that parsed but holds no item or entry. */
  NO_ITEMS("feed without items"),
  /** A path in a folder that is a FIFO, socket or device, not a regular file. */
  NOT_A_FILE("not a regular file"),
  /** A symbolic link in a folder whose target does not exist. */
  BROKEN_LINK("broken symbolic link"),
  /** A symbolic link in a folder that leads back to a folder already being read. */
  LINK_LOOP("symbolic link loop");

  private final String label;

  SkipReason(String label) {
    this.label = label;
  }

  /** A short lower-case label for summaries, e.g. {@code "too little text"}. */
  public String label() {
    return label;
  }
}
