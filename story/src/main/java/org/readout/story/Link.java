package org.readout.story;

import java.util.List;
import java.util.Objects;

/**
 * Why two articles report the same happening: the happenings they share (as the first article
 * states them), the places both name for them, and the similarity of their leads. {@code first}
 * sorts before {@code second}, so the link between two articles is the same whichever was seen
 * first.
 *
 * @param first the document id that sorts first
 * @param second the other document id
 * @param shared happenings of {@code first} that {@code second} also reports (same country pair,
 *     dates at most {@link SameHappening#DATE_SLACK_DAYS} apart)
 * @param exact whether some shared happening has the same root and the same day in both
 * @param similarity estimated Jaccard similarity of the two leads, 0..1
 * @param samePlaces places both articles name for a shared happening of the same day ("same place:
 *     Kyiv"), as {@code first} names them
 * @param placeConflict whether the two name only incompatible places for their same-day shared
 *     happenings (Kyiv against Odesa): evidence against, which a link overcomes only with a very
 *     similar lead
 */
public record Link(
    String first,
    String second,
    List<Happening> shared,
    boolean exact,
    double similarity,
    List<StoryPlace> samePlaces,
    boolean placeConflict) {
  public Link {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    shared = List.copyOf(shared);
    samePlaces = List.copyOf(samePlaces);
    if (first.compareTo(second) > 0) {
      throw new IllegalArgumentException("link ends out of order: " + first + ", " + second);
    }
  }

  /** A link without place evidence. */
  public Link(
      String first, String second, List<Happening> shared, boolean exact, double similarity) {
    this(first, second, shared, exact, similarity, List.of(), false);
  }

  /** The other end of the link. */
  public String other(String document) {
    return document.equals(first) ? second : first;
  }
}
