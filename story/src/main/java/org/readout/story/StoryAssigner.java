package org.readout.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assigns articles to stories incrementally. A new article is linked to the candidates the graph's
 * index returns; it joins the story of every article it links to, merging them when there are
 * several (a bridge), or starts a story of its own. An article that leaves (replaced by a new
 * version) dissolves its story, whose other articles are re-clustered among themselves.
 *
 * <p>The result is always the connected components of the link graph over the stored articles,
 * whatever the order they came in: links are a pure function of two articles, the index finds every
 * link, and story ids derive from the members ({@link StoryId}). Not thread-safe: one writer calls
 * it, inside its transaction.
 */
public final class StoryAssigner {
  private final StoryGraph graph;
  private final SameHappening decision;

  public StoryAssigner(StoryGraph graph, SameHappening decision) {
    this.graph = graph;
    this.decision = decision;
  }

  /** Stores {@code doc}'s features and puts it in its story. */
  public StoryChange add(StoryFeatures doc) {
    graph.putFeatures(doc);
    Set<String> touched = new TreeSet<>();
    for (StoryFeatures c : graph.candidates(doc)) {
      if (decision.link(doc, c).isPresent()) {
        String story = graph.storyOf(c.document());
        if (story != null) {
          touched.add(story);
        }
      }
    }
    Set<String> members = new LinkedHashSet<>();
    members.add(doc.document());
    if (touched.size() == 1) {
      // The common case, a later report joining its story: the story keeps what it had.
      String story = touched.iterator().next();
      graph.members(story).forEach(m -> members.add(m.document()));
      String id = StoryId.of(members);
      graph.join(story, id, doc.document(), new ArrayList<>(members));
      return new StoryChange(touched, Set.of(id), doc.document());
    }
    for (String story : touched) {
      graph.members(story).forEach(m -> members.add(m.document()));
      graph.dissolve(story);
    }
    String id = StoryId.of(members);
    graph.form(id, new ArrayList<>(members));
    return new StoryChange(touched, Set.of(id));
  }

  /**
   * Takes {@code document} out of its story before it is deleted or replaced; the rest of the story
   * is split into the components its remaining links make.
   */
  public StoryChange remove(String document) {
    String story = graph.storyOf(document);
    if (story == null) {
      return new StoryChange(Set.of(), Set.of());
    }
    List<StoryFeatures> rest = new ArrayList<>();
    for (StoryFeatures m : graph.members(story)) {
      if (!m.document().equals(document)) {
        rest.add(m);
      }
    }
    graph.dissolve(story);
    Set<String> formed = new HashSet<>();
    for (List<StoryFeatures> component : StoryClusters.components(rest, decision)) {
      List<String> ids = component.stream().map(StoryFeatures::document).toList();
      String id = StoryId.of(ids);
      graph.form(id, ids);
      formed.add(id);
    }
    return new StoryChange(Set.of(story), formed);
  }
}
