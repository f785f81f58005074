package org.readout.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.readout.cli.eval.StoryGold.Tuple;
import org.readout.cli.ingest.IngestPipeline;
import org.readout.cli.ingest.Progress;
import org.readout.core.model.Event;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.store.DateRange;
import org.readout.store.EventQuery;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredStory;
import org.readout.store.StoryQuery;
import org.readout.store.sqlite.SqliteStore;
import org.readout.story.DedupEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout eval stories GOLD.jsonl}: ingests a story set (docs/eval-stories.md) into a
 * temporary store exactly as {@code readout ingest} does, then scores the stories (B-cubed and
 * pairwise precision, recall, F1) and the deduplicated events at (source country, target country,
 * root, date), next to the same events counted once per article (no deduplication).
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Story clustering (B-cubed, pairwise) and deduplicated-event P/R/F1.")
public final class StoryEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GOLD.jsonl", description = "Articles with gold story keys and events.")
  Path gold;

  @Option(names = "--db", description = "Keep the store here (default: a temporary file).")
  @Nullable Path db;

  @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--verbose", description = "List each split gold story and merged story.")
  boolean verbose;

  // An evaluation scores every article: a budget that a loaded machine overruns would drop
  // articles from their stories and make the scores depend on the load.
  @Option(
      names = "--doc-timeout",
      description = "Seconds per document before it is skipped; 0, the default, is none.")
  double docTimeout;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<StoryGold> golds = StoryGold.read(gold);
    Path dir = null;
    Path file = db;
    if (file == null) {
      dir = Files.createTempDirectory("readout-eval-stories");
      file = dir.resolve("eval.db");
    }
    Map<String, String> predicted = new TreeMap<>();
    List<Tuple> dedup = new ArrayList<>();
    List<Tuple> perArticle = new ArrayList<>();
    try (SqliteStore store = SqliteStore.open(file);
        Stream<IngestResult> inputs = new ArticleReader().read(gold, ReadOptions.defaults())) {
      new IngestPipeline(
              store, threads, 50, java.time.Duration.ofMillis(Math.round(docTimeout * 1000)))
          .run(inputs.iterator(), Progress.none(), spec.commandLine().getErr());
      store.scanStories(
          new StoryQuery(null, DateRange.ALL, Integer.MAX_VALUE),
          s -> {
            s.documents().forEach(d -> predicted.put(d, s.id()));
            dedup.addAll(tuples(s));
          });
      Map<String, Set<Tuple>> byDoc = new HashMap<>();
      store.scanEvents(
          EventQuery.all(Integer.MAX_VALUE),
          e -> {
            Tuple t = tuple(e.event().sourceCode(), e.event().targetCode(), e.event());
            if (t != null) {
              byDoc.computeIfAbsent(e.documentId(), k -> new HashSet<>()).add(t);
            }
          });
      byDoc.values().forEach(perArticle::addAll);
    } finally {
      if (dir != null) {
        for (String f : List.of("eval.db", "eval.db-wal", "eval.db-shm")) {
          Files.deleteIfExists(dir.resolve(f));
        }
        Files.deleteIfExists(dir);
      }
    }
    Map<String, String> goldKeys = new TreeMap<>();
    for (StoryGold g : golds) {
      goldKeys.put(g.id(), StoryScorer.key(g));
      predicted.putIfAbsent(g.id(), "missing:" + g.id());
    }
    report(out, golds, goldKeys, predicted, dedup, perArticle);
    out.flush();
    return 0;
  }

  private void report(
      PrintWriter out,
      List<StoryGold> golds,
      Map<String, String> goldKeys,
      Map<String, String> predicted,
      List<Tuple> dedup,
      List<Tuple> perArticle) {
    predicted.keySet().retainAll(goldKeys.keySet());
    long goldStories =
        golds.stream().filter(g -> g.story() != null).map(StoryGold::story).distinct().count();
    long goldSingletons = golds.stream().filter(g -> g.story() == null).count();
    Map<String, Integer> sizes = new HashMap<>();
    predicted.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    long predictedMulti = sizes.values().stream().filter(n -> n > 1).count();
    out.printf(
        Locale.ROOT,
        "stories: %d articles; gold %d stories of 2+ and %d singletons; predicted %d of 2+ and %d"
            + " singletons%n",
        golds.size(),
        goldStories,
        goldSingletons,
        predictedMulti,
        sizes.size() - predictedMulti);
    StoryScorer.Prf b = StoryScorer.bcubed(predicted, goldKeys);
    bcubedRow(out, "B-cubed", b);
    StoryScorer.Prf p = StoryScorer.pairwise(predicted, goldKeys);
    Scores.row(out, "%-22s", "pairwise", p.precision(), p.recall(), p.tp());
    Map<String, String> alone = new TreeMap<>();
    goldKeys.keySet().forEach(d -> alone.put(d, d));
    StoryScorer.Prf a = StoryScorer.bcubed(alone, goldKeys);
    bcubedRow(out, "B-cubed, all alone", a);
    List<Tuple> goldDedup = StoryScorer.goldDedup(golds);
    StoryScorer.Prf d = StoryScorer.events(dedup, goldDedup);
    Scores.row(out, "%-22s", "dedup events", d.precision(), d.recall(), d.tp());
    StoryScorer.Prf e = StoryScorer.events(perArticle, goldDedup);
    Scores.row(out, "%-22s", "events per article", e.precision(), e.recall(), e.tp());
    out.printf(
        Locale.ROOT,
        "  gold dedup events %d; predicted %d deduplicated, %d counted once per article%n",
        goldDedup.size(),
        dedup.size(),
        perArticle.size());
    if (verbose) {
      errors(out, goldKeys, predicted);
    }
  }

  private static void bcubedRow(PrintWriter out, String what, StoryScorer.Prf s) {
    out.printf(
        Locale.ROOT,
        "%-22s P %.3f  R %.3f  F1 %.3f  (mean over articles)%n",
        what,
        s.precision(),
        s.recall(),
        s.f1());
  }

  /** Gold stories split over predicted ones, and predicted stories mixing gold ones. */
  private static void errors(
      PrintWriter out, Map<String, String> goldKeys, Map<String, String> predicted) {
    Map<String, Set<String>> goldToPred = new TreeMap<>();
    Map<String, Set<String>> predToGold = new TreeMap<>();
    goldKeys.forEach(
        (doc, g) -> {
          goldToPred.computeIfAbsent(g, k -> new TreeSet<>()).add(predicted.get(doc));
          predToGold.computeIfAbsent(predicted.get(doc), k -> new TreeSet<>()).add(g);
        });
    goldToPred.forEach(
        (g, ps) -> {
          if (ps.size() > 1) {
            out.println("split  " + g + ": " + members(ps, predicted));
          }
        });
    predToGold.forEach(
        (p, gs) -> {
          if (gs.size() > 1) {
            out.println("merged " + p + ": " + gs);
          }
        });
  }

  private static String members(Set<String> stories, Map<String, String> predicted) {
    List<String> parts = new ArrayList<>();
    for (String s : stories) {
      Set<String> docs = new TreeSet<>();
      predicted.forEach(
          (d, p) -> {
            if (p.equals(s)) {
              docs.add(d);
            }
          });
      parts.add(docs.toString());
    }
    return String.join(" | ", parts);
  }

  /** A story's deduplicated events at country level, each tuple once per story. */
  private static Set<Tuple> tuples(StoredStory s) {
    Set<Tuple> out = new LinkedHashSet<>();
    for (StoredDedupEvent e : s.events()) {
      DedupEvent d = e.event();
      if (d.targetCode() == null || d.date() == null) {
        continue;
      }
      Tuple t = country(d.sourceCode(), d.targetCode(), d.rootCode(), d.date());
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private static @Nullable Tuple tuple(@Nullable String source, @Nullable String target, Event e) {
    if (source == null || target == null || e.date() == null) {
      return null;
    }
    return country(source, target, e.rootCode(), e.date());
  }

  /** The scored tuple, or null for a domestic event (the gold has none). */
  private static @Nullable Tuple country(String source, String target, String root, String date) {
    String s = source.length() > 3 ? source.substring(0, 3) : source;
    String t = target.length() > 3 ? target.substring(0, 3) : target;
    return s.equals(t) ? null : new Tuple(s, t, root, date);
  }
}
