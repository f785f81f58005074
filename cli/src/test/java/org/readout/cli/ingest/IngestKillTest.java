package org.readout.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.Readout;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.store.sqlite.SqliteStore;

/**
 * Kill -9 of a real ingest process at a random moment, then the same command again: every article
 * is stored exactly once, and no stored article is missing a layer (issue 10).
 */
class IngestKillTest {
  private static final String[] COUNTRIES = {
    "China", "Russia", "India", "Japan", "France", "Germany", "Brazil", "Kenya", "Egypt", "Turkey"
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  private static final int ARTICLES = 160;

  @TempDir Path dir;

  @Test
  void killedIngestResumesWithEveryArticleStoredOnceAndWhole() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Path corpus = dir.resolve("corpus.jsonl");
    List<Article> articles = corpus(random);
    writeJsonl(corpus, articles);
    Path db = dir.resolve("readout.db");

    Process child = ingestProcess(db, corpus);
    int killAt = 3 + random.nextInt(40);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    int stored = 0;
    while (child.isAlive() && stored < killAt && System.nanoTime() < deadline) {
      Thread.sleep(20);
      stored = documents(db);
    }
    assertThat(child.isAlive())
        .as("seed %d: the child should still be running at %d documents", seed, stored)
        .isTrue();
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the process
    child.waitFor();
    int atKill = documents(db);
    assertThat(atKill).as("seed %d", seed).isBetween(1, ARTICLES - 1);

    // What the killed process committed is whole: each stored document equals a fresh extraction.
    try (SqliteStore store = SqliteStore.open(db)) {
      for (Article a : articles) {
        store.document(a.id()).ifPresent(d -> assertSameLayers(d, extract(a), seed));
      }
    }

    Process resumed = ingestProcess(db, corpus);
    assertThat(resumed.waitFor(240, TimeUnit.SECONDS)).isTrue();
    String summary = new String(resumed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(resumed.exitValue()).as(summary).isZero();
    assertThat(summary).contains(ARTICLES + " read").contains(atKill + " unchanged");

    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.stats().documents()).isEqualTo(ARTICLES);
      for (Article a : articles) {
        AnnotatedArticle d = store.document(a.id()).orElseThrow();
        assertSameLayers(d, extract(a), seed);
      }
    }
  }

  private static void assertSameLayers(AnnotatedArticle stored, AnnotatedArticle fresh, long seed) {
    String id = "seed " + seed + ", " + stored.article().id();
    assertThat(stored.article()).as(id).isEqualTo(fresh.article());
    assertThat(stored.actors()).as(id).isEqualTo(fresh.actors());
    assertThat(stored.quotes()).as(id).isEqualTo(fresh.quotes());
    assertThat(stored.times()).as(id).isEqualTo(fresh.times());
    assertThat(stored.events()).as(id).isEqualTo(fresh.events());
    assertThat(stored.flags()).as(id).isEqualTo(fresh.flags());
  }

  private static AnnotatedArticle extract(Article a) {
    return Readout.load().pipeline().apply(a);
  }

  private static int documents(Path db) throws Exception {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      try (ResultSet r =
          s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'documents'")) {
        r.next();
        if (r.getInt(1) == 0) {
          return 0;
        }
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** A child JVM running {@code readout ingest} with this test's class path. */
  private static Process ingestProcess(Path db, Path corpus) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            "org.readout.cli.Main",
            "ingest",
            "--db",
            db.toString(),
            "--batch",
            "4",
            "--threads",
            "2",
            "--progress",
            "none",
            corpus.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .directory(new File(System.getProperty("user.dir")))
        .start();
  }

  /** Short wire items written from templates for this test, varied by the seeded random. */
  private static List<Article> corpus(Random random) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      int first = random.nextInt(COUNTRIES.length);
      String a = COUNTRIES[first];
      String b = COUNTRIES[(first + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length];
      String day = DAYS[random.nextInt(DAYS.length)];
      String text =
          a
              + " and "
              + b
              + " signed a trade agreement on "
              + day
              + ", officials said.\n\n"
              + "\"This deal opens a new chapter,\" a spokesman for the foreign ministry of "
              + a
              + " said.\n\n"
              + b
              + " also criticized "
              + a
              + " over tariffs on steel, item "
              + i
              + " reported.";
      out.add(
          new Article(
              "item-" + i,
              a + " and " + b + " sign trade deal",
              text,
              LocalDate.of(2025, 3, 1).plusDays(random.nextInt(200)),
              DateSource.METADATA,
              "https://wire.example/item-" + i));
    }
    return out;
  }

  private static void writeJsonl(Path file, List<Article> articles) throws Exception {
    ObjectMapper json = new ObjectMapper();
    StringBuilder b = new StringBuilder();
    for (Article a : articles) {
      b.append(
              json.writeValueAsString(
                  json.createObjectNode()
                      .put("id", a.id())
                      .put("title", a.title())
                      .put("text", a.text())
                      .put("date", a.date().toString())
                      .put("url", a.url())))
          .append('\n');
    }
    Files.writeString(file, b.toString());
  }
}
