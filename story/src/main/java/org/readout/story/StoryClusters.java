package org.readout.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected components over the links {@link SameHappening} accepts among a set of articles, by
 * union-find over every pair: for re-forming one story after an article left it, and as the
 * from-scratch reference the incremental assignment must equal.
 */
public final class StoryClusters {
  private StoryClusters() {}

  /** The components, each sorted by document id, ordered by their first document id. */
  public static List<List<StoryFeatures>> components(
      List<StoryFeatures> docs, SameHappening decision) {
    int n = docs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (find(parent, i) != find(parent, j)
            && decision.link(docs.get(i), docs.get(j)).isPresent()) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<StoryFeatures>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(docs.get(i));
    }
    List<List<StoryFeatures>> out = new ArrayList<>();
    for (List<StoryFeatures> g : groups.values()) {
      g.sort(Comparator.comparing(StoryFeatures::document));
      out.add(List.copyOf(g));
    }
    out.sort(Comparator.comparing(g -> g.get(0).document()));
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
