package org.readout.store.sqlite;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long nanos;
  private long cpuNanos;

  StoryWriter(Connection c, boolean places) {
    this.graph = new StoryRows(c, places);
    this.dedup = new DedupRows(c);
    this.assigner = new StoryAssigner(graph, new SameHappening());
  }

  /** Assigns a document already inserted (its events stored) to its story. */
  void add(AnnotatedArticle doc) {
    long t = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    rebuild(assigner.add(extractor.features(doc)));
    nanos += System.nanoTime() - t;
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
  }

  /** Takes a stored document out of its story before its rows are deleted. */
  void remove(String documentId) {
    long t = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    rebuild(assigner.remove(documentId));
    nanos += System.nanoTime() - t;
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
  }

  List<StoryFeatures> members(String story) {
    return graph.members(story);
  }

  long nanos() {
    return nanos;
  }

  /**
   * CPU time of the same work on the writer thread (SQLite runs on it): the figure to trust on a
   * loaded machine, where wall time counts the waits for a core.
   */
  long cpuNanos() {
    return cpuNanos;
  }

  private void rebuild(StoryChange change) {
    if (change.joined() != null) {
      // One article joined one story: only the deduplicated events its events touch change.
      dedup.join(change.formed().iterator().next(), change.joined());
      return;
    }
    // Dissolving already deleted the old stories' events.
    change.formed().stream().sorted().forEach(dedup::rebuild);
  }
}
