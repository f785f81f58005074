package org.readout.cli.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.cli.eval.StoryGold.Tuple;

/**
 * Clustering and deduplication scores of predicted stories against gold ones: B-cubed precision and
 * recall (averaged over articles), pairwise precision and recall (over pairs of articles in one
 * story), and deduplicated events compared as multisets of {@link Tuple}s, so an event counted
 * twice (a story split in two) is one true and one false positive.
 */
final class StoryScorer {
  /** Precision, recall and the true positives behind them. */
  record Prf(double precision, double recall, int tp) {
    double f1() {
      return Scores.f1(precision, recall);
    }
  }

  private StoryScorer() {}

  /**
   * B-cubed over articles.
   *
   * @param predicted article id to predicted cluster key
   * @param gold article id to gold cluster key (singletons have keys of their own)
   */
  static Prf bcubed(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Set<String>> p = clusters(predicted);
    Map<String, Set<String>> g = clusters(gold);
    double precision = 0;
    double recall = 0;
    for (String doc : gold.keySet()) {
      Set<String> pc = p.get(predicted.get(doc));
      Set<String> gc = g.get(gold.get(doc));
      int both = 0;
      for (String o : pc) {
        if (gc.contains(o)) {
          both++;
        }
      }
      precision += (double) both / pc.size();
      recall += (double) both / gc.size();
    }
    int n = gold.size();
    return new Prf(n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, 0);
  }

  /** Pairwise precision and recall over unordered pairs of articles put in one story. */
  static Prf pairwise(Map<String, String> predicted, Map<String, String> gold) {
    List<String> docs = new ArrayList<>(gold.keySet());
    int tp = 0;
    int inPredicted = 0;
    int inGold = 0;
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        boolean p = predicted.get(docs.get(i)).equals(predicted.get(docs.get(j)));
        boolean g = gold.get(docs.get(i)).equals(gold.get(docs.get(j)));
        inPredicted += p ? 1 : 0;
        inGold += g ? 1 : 0;
        tp += p && g ? 1 : 0;
      }
    }
    return new Prf(Scores.ratio(tp, inPredicted), Scores.ratio(tp, inGold), tp);
  }

  /** Multiset precision and recall of predicted against gold event tuples. */
  static Prf events(Collection<Tuple> predicted, Collection<Tuple> gold) {
    Map<Tuple, Integer> left = new HashMap<>();
    gold.forEach(t -> left.merge(t, 1, Integer::sum));
    int tp = 0;
    for (Tuple t : predicted) {
      Integer n = left.get(t);
      if (n != null && n > 0) {
        tp++;
        left.put(t, n - 1);
      }
    }
    return new Prf(Scores.ratio(tp, predicted.size()), Scores.ratio(tp, gold.size()), tp);
  }

  /** The gold deduplicated events: the distinct tuples of each gold story (a singleton's own). */
  static List<Tuple> goldDedup(List<StoryGold> gold) {
    Map<String, Set<Tuple>> byStory = new HashMap<>();
    for (StoryGold g : gold) {
      byStory.computeIfAbsent(key(g), k -> new HashSet<>()).addAll(g.events());
    }
    List<Tuple> out = new ArrayList<>();
    byStory.values().forEach(out::addAll);
    return out;
  }

  /** An article's gold cluster key: its story, or its own id for a singleton. */
  static String key(StoryGold g) {
    return g.story() != null ? "story:" + g.story() : "doc:" + g.id();
  }

  private static Map<String, Set<String>> clusters(Map<String, String> assignment) {
    Map<String, Set<String>> out = new HashMap<>();
    assignment.forEach((doc, c) -> out.computeIfAbsent(c, k -> new HashSet<>()).add(doc));
    return out;
  }
}
