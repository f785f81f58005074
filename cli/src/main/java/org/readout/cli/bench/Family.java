package org.readout.cli.bench;

/**
 * The kind of happening an article reports, with the CAMEO root its main event should be coded
 * under. Template sections are named after {@link #key()}.
 */
public enum Family {
  CONSULT("04", "talks", true, true),
  VISIT("04", "visit", true, true),
  AGREE("05", "signing", true, true),
  APPEAL("02", "talks", true, true),
  DEMAND("10", "talks", false, true),
  CRITICIZE("11", "briefing", false, true),
  THREATEN("13", "briefing", false, true),
  SANCTION("16", "announcement", false, false),
  AID("07", "announcement", true, false),
  PROTEST("14", "protest", false, false),
  ARREST("17", "arrests", false, false),
  ATTACK("19", "attack", false, false);

  private final String rootCode;
  private final String meeting;
  private final boolean cooperative;
  private final boolean betweenOfficials;

  Family(String rootCode, String meeting, boolean cooperative, boolean betweenOfficials) {
    this.rootCode = rootCode;
    this.meeting = meeting;
    this.cooperative = cooperative;
    this.betweenOfficials = betweenOfficials;
  }

  /** The two-digit CAMEO root of the main event ("04" for a call). */
  public String rootCode() {
    return rootCode;
  }

  /** Lower-case name used in template section names ("consult"). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** What the happening is called in a quote's frame ("after the call"). */
  String meeting() {
    return meeting;
  }

  /** Whether quotes about it are friendly (true) or hostile. */
  boolean cooperative() {
    return cooperative;
  }

  /** Whether both sides are named officials (true) or nations and their bodies. */
  boolean betweenOfficials() {
    return betweenOfficials;
  }
}
