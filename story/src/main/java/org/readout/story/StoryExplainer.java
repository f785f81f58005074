package org.readout.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Explains a story's membership from its articles' features: the earliest report starts it, and
 * every other article joined through its strongest link (highest lead similarity) to an earlier
 * report, or to any member when it is linked only to later ones. Recomputed when asked, so the
 * explanation, like the story, does not depend on ingest order.
 */
public final class StoryExplainer {
  private static final Comparator<StoryFeatures> REPORT_ORDER =
      Comparator.comparing(
              (StoryFeatures f) -> f.published(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StoryFeatures::document);

  private final SameHappening decision;

  public StoryExplainer(SameHappening decision) {
    this.decision = decision;
  }

  /** One entry per member, in report order (publication date, then id). */
  public List<Joined> explain(List<StoryFeatures> members) {
    List<StoryFeatures> ordered = new ArrayList<>(members);
    ordered.sort(REPORT_ORDER);
    List<Joined> out = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      StoryFeatures doc = ordered.get(i);
      Link best = best(doc, ordered.subList(0, i));
      if (best == null && i > 0) {
        best = best(doc, ordered);
      }
      out.add(new Joined(doc.document(), best));
    }
    return out;
  }

  private @org.jspecify.annotations.Nullable Link best(
      StoryFeatures doc, List<StoryFeatures> others) {
    Link best = null;
    for (StoryFeatures o : others) {
      Optional<Link> l = decision.link(doc, o);
      if (l.isPresent() && (best == null || l.get().similarity() > best.similarity())) {
        best = l.get();
      }
    }
    return best;
  }
}
