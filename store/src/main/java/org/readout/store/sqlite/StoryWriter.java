package org.readout.store.sqlite;

import java.sql.Connection;
import java.util.List;
import org.readout.core.model.AnnotatedArticle;
import org.readout.story.FeatureExtractor;
import org.readout.story.SameHappening;
import org.readout.story.StoryAssigner;
import org.readout.story.StoryChange;
import org.readout.story.StoryFeatures;

/**
 * The store's side of stories: assigns each written document to its story and rewrites the
 * deduplicated events of every story that changed, inside the writer's transaction. Times itself
 * for the ingest benchmark.
 */
final class StoryWriter {
  /** The schema version that added stories. */
  static final int SCHEMA = 4;

  private final StoryRows graph;
  private final DedupRows dedup;
  private final StoryAssigner assigner;
  private final FeatureExtractor extractor = new FeatureExtractor();
  private long nanos;

  StoryWriter(Connection c) {
    this.graph = new StoryRows(c);
    this.dedup = new DedupRows(c);
    this.assigner = new StoryAssigner(graph, new SameHappening());
  }

  /** Assigns a document already inserted (its events stored) to its story. */
  void add(AnnotatedArticle doc) {
    long t = System.nanoTime();
    rebuild(assigner.add(extractor.features(doc)));
    nanos += System.nanoTime() - t;
  }

  /** Takes a stored document out of its story before its rows are deleted. */
  void remove(String documentId) {
    long t = System.nanoTime();
    rebuild(assigner.remove(documentId));
    nanos += System.nanoTime() - t;
  }

  List<StoryFeatures> members(String story) {
    return graph.members(story);
  }

  long nanos() {
    return nanos;
  }

  private void rebuild(StoryChange change) {
    // Dissolving already deleted the old stories' events.
    change.formed().stream().sorted().forEach(dedup::rebuild);
  }
}
