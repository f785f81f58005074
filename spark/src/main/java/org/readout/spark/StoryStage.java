package org.readout.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.readout.story.Happening;
import org.readout.story.SameHappening;
import org.readout.story.StoryFeatures;
import org.readout.story.StoryId;
import scala.Tuple2;

/**
 * The cross-article story and deduplication stage over the extracted documents (issue 11), giving
 * the stories the single-machine store gives on the same input:
 *
 * <ol>
 *   <li>candidates: each document is put in the groups of its happenings' keys, (country pair, day)
 *       and (country pair, day + 1), so that any two documents with happenings of one pair at most
 *       {@link SameHappening#DATE_SLACK_DAYS} apart meet in a group, as the store's {@code
 *       story_keys} index finds them;
 *   <li>links: {@link SameHappening} over every two documents of a group;
 *   <li>stories: the connected components of the links ({@link StoryComponents}), with the id
 *       {@link StoryId} gives their members, so the outcome depends on neither partitioning nor
 *       order; a document without links is a story of its own, as in the store;
 *   <li>rows: each story's members grouped, and its rows made by {@link StoryTables}.
 * </ol>
 *
 * <p>Groups are small at news scale (the reports of one pair of countries over two days); a busy
 * domestic pair costs the square of its group in link tests, as it does in the store, where each
 * new article is tested against the same candidates.
 */
final class StoryStage {
  private StoryStage() {}

  /** The story tables' rows (tagged by table) from the winning input of every document. */
  static JavaRDD<TaggedRow> rows(JavaPairRDD<String, StoryInput> documents) {
    JavaPairRDD<String, String> edges =
        documents
            .flatMapToPair(d -> keys(d._2()))
            .groupByKey()
            .flatMapToPair(g -> links(g._2()))
            .distinct();
    JavaPairRDD<String, String> labels = StoryComponents.labels(edges);
    JavaPairRDD<String, StoryInput> byStory =
        documents
            .leftOuterJoin(labels)
            .mapToPair(d -> new Tuple2<>(story(d._1(), d._2()._2()), d._2()._1()));
    return byStory
        .groupByKey()
        .flatMap(
            s -> {
              List<StoryInput> members = new ArrayList<>();
              s._2().forEach(members::add);
              return StoryTables.rows(s._1(), members).iterator();
            });
  }

  private static String story(String document, Optional<String> label) {
    return StoryId.of(List.of(label.isPresent() ? label.get() : document));
  }

  /** The candidate groups a document belongs to: its pairs on its days and the days after. */
  private static Iterator<Tuple2<String, CandidateDoc>> keys(StoryInput d) {
    Set<String> keys = new LinkedHashSet<>();
    for (Happening h : d.happeningList()) {
      keys.add(h.pair() + " " + h.date());
      keys.add(h.pair() + " " + h.date().plusDays(SameHappening.DATE_SLACK_DAYS));
    }
    CandidateDoc c = new CandidateDoc(d);
    List<Tuple2<String, CandidateDoc>> out = new ArrayList<>();
    for (String k : keys) {
      out.add(new Tuple2<>(k, c));
    }
    return out.iterator();
  }

  /** Every accepted link among a group's documents, as (smaller id, larger id). */
  private static Iterator<Tuple2<String, String>> links(Iterable<CandidateDoc> group) {
    List<StoryFeatures> docs = new ArrayList<>();
    group.forEach(c -> docs.add(c.input().features()));
    docs.sort(java.util.Comparator.comparing(StoryFeatures::document));
    SameHappening decision = new SameHappening();
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        if (decision.link(docs.get(i), docs.get(j)).isPresent()) {
          out.add(new Tuple2<>(docs.get(i).document(), docs.get(j).document()));
        }
      }
    }
    return out.iterator();
  }

  /**
   * A document in a candidate group: its features only, without its events, which the links do not
   * need.
   */
  record CandidateDoc(StoryInput input) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    CandidateDoc {
      input =
          new StoryInput(
              input.document(),
              input.featureOutlet(),
              input.published(),
              input.happenings(),
              input.lead(),
              null,
              null,
              null,
              List.of());
    }
  }
}
