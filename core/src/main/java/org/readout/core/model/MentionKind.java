package org.readout.core.model;

/** How a mention refers to its actor. */
public enum MentionKind {
  /** A name or short name: "Xi Jinping", "Xi", "China", "NATO". */
  NAME,
  /** A title or description: "the Chinese leader", "the spokeswoman". */
  DESCRIPTION,
  /** A nationality adjective: "Chinese", "U.S.". */
  DEMONYM,
  /** A place standing for its government: "the Kremlin", "Beijing". */
  METONYM,
  /** A personal pronoun: "he", "she", "they". */
  PRONOUN,
  /** A phrase naming several actors at once: "the two leaders". */
  GROUP;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
