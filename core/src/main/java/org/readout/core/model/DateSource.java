package org.readout.core.model;

/** Where an article's document date came from, in the order Readout trusts them. */
public enum DateSource {
  /** Given by the user ({@code --date}). */
  GIVEN,
  /** Read from the input's metadata (HTML meta tags, a JSONL {@code date} field). */
  METADATA,
  /** Read from a dateline at the start of the text. */
  DATELINE,
  /** Inferred from the article's own evidence; see {@link AnnotatedArticle#dateCandidates()}. */
  INFERRED,
  /** Unknown. */
  NONE;

  /** The lower-case name used in JSON output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
