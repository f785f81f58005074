package org.readout.core.model;

/** How a statement is reported. */
public enum QuoteKind {
  /** A whole quoted statement. */
  DIRECT,
  /** A quoted fragment inside the reporter's own sentence. */
  PARTIAL,
  /** Reported speech without quote marks ("Xi noted that ..."): the span is the reported clause. */
  INDIRECT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
