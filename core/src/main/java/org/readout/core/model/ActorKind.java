package org.readout.core.model;

/** What sort of thing an actor is. */
public enum ActorKind {
  PERSON,
  COUNTRY,
  /** A government, ministry, army or other body of a state ("the Kremlin", "Chinese troops"). */
  INSTITUTION,
  /** An international, non-governmental or other organization (UN, NATO, a party, a company). */
  ORGANIZATION,
  /** A news agency or outlet, which matters to quotes as a reporting channel. */
  AGENCY,
  /**
   * A city, region or landmark of one country, found in the gazetteer ("Mariupol", "Xinjiang", "the
   * Gaza Strip"): its code is its country's.
   */
  PLACE,
  /**
   * A group of people of one role ("protesters", "police") or of other actors ("the two leaders").
   */
  GROUP;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
