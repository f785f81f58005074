package org.readout.core.model;

/** TIMEX3 types. */
public enum TimeKind {
  DATE,
  TIME,
  DURATION,
  SET;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
