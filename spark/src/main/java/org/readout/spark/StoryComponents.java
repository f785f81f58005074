package org.readout.spark;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph held as an RDD of edges, by min-label propagation:
 * every vertex starts with its own id as label and takes the smallest label among itself and its
 * neighbours until no label changes. The label a component ends with is its smallest vertex id,
 * whatever the partitioning or the order of the edges, which is what story ids are derived from
 * ({@link org.readout.story.StoryId}: the smallest member id).
 *
 * <p>Design decision: propagation rather than collecting the edges on the driver. A month of news
 * has millions of links, too many for one JVM's heap, while a story's diameter (the longest chain
 * of links needed to connect two of its articles) is a few links, so the loop ends after a few
 * rounds, each a join over the edges.
 */
final class StoryComponents {
  private StoryComponents() {}

  /**
   * The component label (smallest vertex id) of every vertex that has an edge. Vertices without
   * edges are their own component and are not listed.
   */
  static JavaPairRDD<String, String> labels(JavaPairRDD<String, String> edges) {
    // One partitioner for every round: the joins stay co-partitioned, and the partition count
    // stays that of the edges (a union would add the partitions of both sides each round).
    HashPartitioner by = new HashPartitioner(Math.max(1, edges.getNumPartitions()));
    JavaPairRDD<String, String> neighbours =
        edges
            .flatMapToPair(e -> List.of(e, e.swap()).iterator())
            .distinct()
            .partitionBy(by)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        neighbours
            .mapToPair(e -> new Tuple2<>(e._1(), min(e._1(), e._2())))
            .reduceByKey(by, StoryComponents::min)
            .persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      JavaPairRDD<String, String> next =
          neighbours
              .join(labels, by) // (u, (v, label of u)): u offers its label to v
              .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
              .union(labels)
              .reduceByKey(by, StoryComponents::min)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels, by).filter(e -> !e._2()._1().equals(e._2()._2())).count();
      labels.unpersist();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    neighbours.unpersist();
    return labels;
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
