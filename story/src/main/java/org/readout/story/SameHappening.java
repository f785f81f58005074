package org.readout.story;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pairwise decision: do two articles report the same real-world happening? Yes when they report
 * events between the same two countries on compatible days and their leads are alike enough:
 *
 * <ul>
 *   <li>the same CAMEO root on the same day between two different countries, and lead similarity at
 *       least {@link #MIN_SIMILARITY} (two outlets' leads about one call share its names and nouns,
 *       whatever their style), or
 *   <li>days at most {@link #DATE_SLACK_DAYS} apart, another root or a domestic event, and lead
 *       similarity at least {@link #STRONG_SIMILARITY} resting on at least {@link
 *       #STRONG_SHARED_WORDS} shared words (one outlet dates the call by its own time zone, another
 *       codes it as a statement of intent, yet they tell one story); the weaker {@link
 *       #MIN_SIMILARITY} suffices when both name the same city or region for a shared happening.
 * </ul>
 *
 * <p>Places are evidence both ways: when the two name only incompatible places for their same-day
 * happenings of the pair (a strike on Kyiv, a strike on Odesa; two meetings of the same ministers
 * in two cities), they are two happenings unless their leads are nearly the same ({@link
 * #CONFLICT_SIMILARITY}): the place is read by the event stage, which is sometimes wrong.
 *
 * <p>Events the time stage could date only coarsely ("last year's summit") carry no happening, so a
 * retrospective mention never links an article to the day of its report; events between the same
 * leaders a week apart never share a day. The decision is symmetric and depends on the two articles
 * alone, so the connected components over accepted links do not depend on ingest order. Immutable
 * and thread-safe.
 */
public final class SameHappening {
  /** Days two reports of one happening may disagree by. */
  public static final int DATE_SLACK_DAYS = 1;

  /** Lead similarity needed when a happening's root and day agree exactly. */
  public static final double MIN_SIMILARITY = 0.06;

  /** Lead similarity needed when only the pair and a nearby day agree. */
  public static final double STRONG_SIMILARITY = 0.15;

  /** Shared lead words (estimated) the strong match must rest on. */
  public static final double STRONG_SHARED_WORDS = 3;

  /** Lead similarity needed despite incompatible places on the same day. */
  public static final double CONFLICT_SIMILARITY = 0.5;

  private final double minSimilarity;
  private final double strongSimilarity;
  private final double conflictSimilarity;

  /** The decision with the default thresholds. */
  public SameHappening() {
    this(MIN_SIMILARITY, STRONG_SIMILARITY, CONFLICT_SIMILARITY);
  }

  /** A decision with other thresholds (evaluation sweeps). */
  public SameHappening(double minSimilarity, double strongSimilarity) {
    this(minSimilarity, strongSimilarity, CONFLICT_SIMILARITY);
  }

  /**
   * A decision with other thresholds, including the one that overrides a place conflict (above 1: a
   * conflict always separates; 0: places are never evidence against).
   */
  public SameHappening(double minSimilarity, double strongSimilarity, double conflictSimilarity) {
    this.minSimilarity = minSimilarity;
    this.strongSimilarity = strongSimilarity;
    this.conflictSimilarity = conflictSimilarity;
  }

  /** The link between two different articles, or empty when they tell different stories. */
  public Optional<Link> link(StoryFeatures a, StoryFeatures b) {
    if (a.document().equals(b.document())) {
      return Optional.empty();
    }
    StoryFeatures first = a.document().compareTo(b.document()) < 0 ? a : b;
    StoryFeatures second = first == a ? b : a;
    List<Happening> shared = new ArrayList<>();
    Set<StoryPlace> samePlaces = new TreeSet<>();
    boolean exact = false;
    boolean conflict = false;
    for (Happening h : first.happenings()) {
      boolean match = false;
      for (Happening o : second.happenings()) {
        if (!h.pair().equals(o.pair())) {
          continue;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(h.date(), o.date()));
        if (days <= DATE_SLACK_DAYS) {
          match = true;
          // A domestic event (a government and its own opposition) is common news on any day;
          // only a pair of countries is specific enough to link on the weaker lead evidence.
          exact |= days == 0 && h.root().equals(o.root()) && !h.domestic();
          Set<StoryPlace> here = first.placesOf(h);
          Set<StoryPlace> there = second.placesOf(o);
          boolean agree = false;
          for (StoryPlace p : here) {
            for (StoryPlace q : there) {
              if (p.sameAs(q) && !p.countryLevel()) {
                samePlaces.add(p);
                agree = true;
              }
            }
          }
          conflict |= days == 0 && !agree && allConflict(here, there);
        }
      }
      if (match) {
        shared.add(h);
      }
    }
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    double similarity = first.lead().similarity(second.lead());
    // One same-day pair of happenings in the same city outweighs another pair's disagreement
    // (the event stage reads a place wrong more often than two reports put one meeting in two).
    boolean placeConflict = conflict && samePlaces.isEmpty();
    // Two short leads reach a high similarity with one shared word: the weaker evidence of a
    // nearby day or another root needs a few words in common as well, unless both put it in the
    // same city.
    boolean same;
    if (placeConflict) {
      same = similarity >= conflictSimilarity;
    } else if (exact || !samePlaces.isEmpty()) {
      same = similarity >= minSimilarity;
    } else {
      same =
          similarity >= strongSimilarity
              && first.lead().shared(second.lead()) >= STRONG_SHARED_WORDS;
    }
    return same
        ? Optional.of(
            new Link(
                first.document(),
                second.document(),
                shared,
                exact,
                similarity,
                new ArrayList<>(samePlaces),
                placeConflict))
        : Optional.empty();
  }

  /** Whether both name places and no place of one is compatible with a place of the other. */
  private static boolean allConflict(Set<StoryPlace> here, Set<StoryPlace> there) {
    if (here.isEmpty() || there.isEmpty()) {
      return false;
    }
    for (StoryPlace p : here) {
      for (StoryPlace q : there) {
        if (!p.conflicts(q)) {
          return false;
        }
      }
    }
    return true;
  }
}
