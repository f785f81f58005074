package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.store.EventQuery;

/** Reads on several connections see what the writer connection committed. */
class PooledStoreTest {
  @TempDir Path dir;

  @Test
  void readersSeeCommittedWritesFromManyThreads() throws Exception {
    try (PooledStore store = PooledStore.open(dir.resolve("pool.db"), 3)) {
      store.write(
          List.of(StoreFixtures.call(), StoreFixtures.sanctions()),
          Instant.parse("2026-12-01T10:00:00Z"));
      int expected =
          StoreFixtures.call().events().size() + StoreFixtures.sanctions().events().size();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<Integer>> counts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          counts.add(pool.submit(() -> store.events(EventQuery.all(100)).size()));
        }
        for (Future<Integer> c : counts) {
          assertThat(c.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
      assertThat(store.document("call-1")).isPresent();
      assertThat(store.stats().documents()).isEqualTo(2);
    }
  }
}
