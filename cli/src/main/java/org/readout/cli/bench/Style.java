package org.readout.cli.bench;

/** How a synthetic article is written: its opening, how it names people and how it dates things. */
public enum Style {
  /** Wire-service report: a dateline, the news in the first sentence, quotes, background. */
  WIRE,
  /** Analysis piece: no dateline, a scene-setting opening, analysts, explicit month-day dates. */
  ANALYSIS,
  /** A digest of short items, the main one first, each a sentence or two. */
  BRIEF,
  /**
   * English translated from an Asian-language agency: "on the 17th", surname plus title ("President
   * Xi"), "pointed out that", "the two sides".
   */
  TRANSLATED
}
