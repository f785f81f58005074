package org.readout.story;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A {@link StoryGraph} in memory, scanning every article for candidates: the tests' reference. */
final class MemoryGraph implements StoryGraph {
  final Map<String, StoryFeatures> features = new TreeMap<>();
  final Map<String, String> storyOf = new HashMap<>();
  final Map<String, List<String>> stories = new TreeMap<>();

  @Override
  public List<StoryFeatures> candidates(StoryFeatures doc) {
    List<StoryFeatures> out = new ArrayList<>();
    for (StoryFeatures f : features.values()) {
      if (!f.document().equals(doc.document()) && near(doc, f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean near(StoryFeatures a, StoryFeatures b) {
    for (Happening h : a.happenings()) {
      for (Happening o : b.happenings()) {
        if (h.pair().equals(o.pair())
            && Math.abs(ChronoUnit.DAYS.between(h.date(), o.date()))
                <= SameHappening.DATE_SLACK_DAYS) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public @Nullable String storyOf(String document) {
    return storyOf.get(document);
  }

  @Override
  public List<StoryFeatures> members(String story) {
    return stories.getOrDefault(story, List.of()).stream().map(features::get).toList();
  }

  @Override
  public void putFeatures(StoryFeatures doc) {
    features.put(doc.document(), doc);
  }

  @Override
  public void dissolve(String story) {
    List<String> docs = stories.remove(story);
    if (docs != null) {
      docs.forEach(storyOf::remove);
    }
  }

  @Override
  public void form(String story, List<String> documents) {
    stories.put(story, List.copyOf(documents));
    documents.forEach(d -> storyOf.put(d, story));
  }

  /** The stories as sets of document ids, sorted: comparable across runs. */
  List<List<String>> partition() {
    return stories.values().stream()
        .map(l -> l.stream().sorted().toList())
        .sorted(java.util.Comparator.comparing(l -> l.get(0)))
        .toList();
  }
}
