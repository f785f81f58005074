package org.readout.story;

import java.util.List;
import java.util.Objects;

/**
 * Why two articles report the same happening: the happenings they share (as the first article
 * states them) and the similarity of their leads. {@code first} sorts before {@code second}, so the
 * link between two articles is the same whichever was seen first.
 *
 * @param first the document id that sorts first
 * @param second the other document id
 * @param shared happenings of {@code first} that {@code second} also reports (same country pair,
 *     dates at most {@link SameHappening#DATE_SLACK_DAYS} apart)
 * @param exact whether some shared happening has the same root and the same day in both
 * @param similarity estimated Jaccard similarity of the two leads, 0..1
 */
public record Link(
    String first, String second, List<Happening> shared, boolean exact, double similarity) {
  public Link {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    shared = List.copyOf(shared);
    if (first.compareTo(second) > 0) {
      throw new IllegalArgumentException("link ends out of order: " + first + ", " + second);
    }
  }

  /** The other end of the link. */
  public String other(String document) {
    return document.equals(first) ? second : first;
  }
}
