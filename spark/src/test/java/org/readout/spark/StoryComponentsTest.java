package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Story components across partitions (issue 12): min-label propagation over an edge RDD spread over
 * several partitions labels every vertex with the smallest id of its component, as union-find over
 * the same edges does, however long the chains and whatever the edge order.
 */
class StoryComponentsTest {
  private static SparkSession spark;
  private static JavaSparkContext jsc;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder().master("local[2]").config("spark.ui.enabled", false).getOrCreate();
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Map<String, String> labels(List<Tuple2<String, String>> edges, int partitions) {
    return new HashMap<>(
        StoryComponents.labels(jsc.parallelizePairs(edges, partitions)).collectAsMap());
  }

  @Test
  void aLongChainWhoseSmallestIdIsInTheMiddleIsOneComponent() {
    // d07 - d06 - ... - d00 - a - z00 - ... - z07: the label must travel 8 links each way.
    List<Tuple2<String, String>> edges = new ArrayList<>();
    edges.add(new Tuple2<>("a", "d00"));
    edges.add(new Tuple2<>("a", "z00"));
    for (int i = 0; i < 7; i++) {
      edges.add(new Tuple2<>(String.format("d%02d", i), String.format("d%02d", i + 1)));
      edges.add(new Tuple2<>(String.format("z%02d", i), String.format("z%02d", i + 1)));
    }
    Collections.shuffle(edges, new Random(3));
    Map<String, String> labels = labels(edges, 5);
    assertThat(labels).hasSize(17);
    assertThat(labels.values()).containsOnly("a");
  }

  @Test
  void randomGraphsGetTheComponentsOfUnionFind() {
    Random random = new Random(12);
    for (int round = 0; round < 2; round++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        ids.add(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      }
      List<Tuple2<String, String>> edges = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        String a = ids.get(random.nextInt(ids.size()));
        String b = ids.get(random.nextInt(ids.size()));
        if (!a.equals(b)) {
          edges.add(new Tuple2<>(a, b));
        }
      }
      assertThat(labels(edges, 1 + round * 4)).isEqualTo(unionFind(edges));
    }
  }

  private static Map<String, String> unionFind(List<Tuple2<String, String>> edges) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, String> e : edges) {
      String a = root(parent, e._1());
      String b = root(parent, e._2());
      if (!a.equals(b)) {
        // The smaller id is the root, so a root is its component's smallest id.
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String v : parent.keySet()) {
      out.put(v, root(parent, v));
    }
    return out;
  }

  private static String root(Map<String, String> parent, String v) {
    parent.putIfAbsent(v, v);
    String r = v;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
