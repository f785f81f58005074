package org.readout.cli.bench;

/** What a generated article is, as far as story grouping is concerned. */
public enum StoryRole {
  /** An article of the plain corpus: its own story. */
  SINGLE,
  /** One of the articles that report a story's happening. */
  MEMBER,
  /** A distractor: the same sides and kind of happening a week later, a different story. */
  LATER,
  /**
   * A distractor: published in the story's days about the same sides, but reporting an old summit
   * (about a year earlier); it belongs to that old happening's story, never to the current one.
   */
  RETROSPECTIVE
}
