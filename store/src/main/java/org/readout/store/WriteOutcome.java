package org.readout.store;

/** What {@link ArticleStore#write} did with one document. */
public enum WriteOutcome {
  /** Not stored before: added. */
  NEW,
  /** Stored before with the same content hash: nothing changed. */
  UNCHANGED,
  /** Stored before with another content hash: its old records were replaced. */
  REPLACED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
