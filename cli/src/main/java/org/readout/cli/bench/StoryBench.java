package org.readout.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.Event;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.store.DateRange;
import org.readout.store.StoryQuery;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout bench stories}: the story stage alone as the store grows. Writes a {@link
 * StoryCorpus} (stories with their distractors) into a fresh store as already extracted records:
 * the generator's text and its main happening as the coded events, no CoreNLP. Reports the story
 * stage's time per article (candidate search, links, assignment, deduplicated events, all in SQL)
 * for the first and the last {@code --window} articles, so growth shows as a difference.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Story stage cost per article as the store grows (synthetic extracted records).")
public final class StoryBench implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", description = "Articles to write (default: ${DEFAULT-VALUE}).")
  int articles = 50_000;

  @Option(
      names = "--window",
      description = "Articles per measured window (default: ${DEFAULT-VALUE}).")
  int window = 1_000;

  @Option(names = "--per-story", description = "Reports per story (default: ${DEFAULT-VALUE}).")
  int perStory = 5;

  @Option(names = "--tokens", description = "Tokens per article (default: ${DEFAULT-VALUE}).")
  int tokens = 200;

  @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed = 11;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("readout-bench-stories");
    Path db = dir.resolve("stories.db");
    // Members plus one or two later distractors and one retrospective per story.
    int stories = Math.max(1, articles / (perStory + 2));
    StoryCorpus corpus =
        new StoryCorpus(
            seed,
            stories,
            perStory,
            tokens,
            SyntheticCorpus.DEFAULT_FROM,
            SyntheticCorpus.DEFAULT_TO,
            true);
    long written = 0;
    long storyAtWindowEnd = 0;
    long writeAtWindowEnd = 0;
    long lastWindowStory = 0;
    long cpuAtWindowEnd = 0;
    long lastWindowCpu = 0;
    long lastWindowWrite = 0;
    long writeNanos = 0;
    try (SqliteStore store = SqliteStore.openForBulkLoad(db)) {
      Iterator<SyntheticArticle> it = corpus.iterator();
      List<AnnotatedArticle> batch = new ArrayList<>();
      while (it.hasNext() && written < articles) {
        batch.add(record(it.next()));
        written++;
        if (batch.size() == 50 || !it.hasNext() || written == articles) {
          long t = System.nanoTime();
          store.write(batch, Instant.EPOCH);
          writeNanos += System.nanoTime() - t;
          batch.clear();
        }
        if (written == window) {
          storyAtWindowEnd = store.storyNanos();
          cpuAtWindowEnd = store.storyCpuNanos();
          writeAtWindowEnd = writeNanos;
        }
        if (written == articles - window) {
          lastWindowStory = store.storyNanos();
          lastWindowCpu = store.storyCpuNanos();
          lastWindowWrite = writeNanos;
        }
      }
      long[] storyCount = {0};
      store.scanStories(
          new StoryQuery(null, DateRange.ALL, Integer.MAX_VALUE), s -> storyCount[0]++);
      out.printf(
          Locale.ROOT,
          "stories bench: %d synthetic extracted articles (%d stories of %d reports + distractors,"
              + " seed %d) -> %d stories%n",
          written,
          stories,
          perStory,
          seed,
          storyCount[0]);
      long storyLast = store.storyNanos() - lastWindowStory;
      long cpuLast = store.storyCpuNanos() - lastWindowCpu;
      long writeLast = writeNanos - lastWindowWrite;
      out.printf(
          Locale.ROOT,
          "  first %,d articles: story stage %.3f ms/article CPU (%.3f wall), whole write %.3f"
              + " ms/article wall%n",
          window,
          cpuAtWindowEnd / 1e6 / window,
          storyAtWindowEnd / 1e6 / window,
          writeAtWindowEnd / 1e6 / window);
      out.printf(
          Locale.ROOT,
          "  last  %,d articles (store at %,d): story stage %.3f ms/article CPU (%.3f wall), whole"
              + " write %.3f ms/article wall%n",
          window,
          written - window,
          cpuLast / 1e6 / window,
          storyLast / 1e6 / window,
          writeLast / 1e6 / window);
      out.printf(
          Locale.ROOT,
          "  all: story stage %.3f ms/article CPU (%.3f wall)%n",
          store.storyCpuNanos() / 1e6 / written,
          store.storyNanos() / 1e6 / written);
    } finally {
      for (String f : List.of("stories.db", "stories.db-wal", "stories.db-shm")) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.deleteIfExists(dir);
    }
    out.flush();
    return 0;
  }

  /**
   * The record extraction would give, reduced to what stories read: sentences, and the main
   * happening coded between the two sides' governments (both ways for the cooperative families).
   */
  static AnnotatedArticle record(SyntheticArticle s) {
    Article a = s.article();
    String text = a.text();
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 2)) {
      sentences.add(new Sentence(new Span(start, i + 1), 0, 0));
      start = i + 2;
    }
    if (start < text.length()) {
      sentences.add(new Sentence(new Span(start, text.length()), 0, 0));
    }
    String source =
        s.sourceCountry().startsWith("IGO") ? s.sourceCountry() : s.sourceCountry() + "GOV";
    String target =
        s.targetCountry().startsWith("IGO") ? s.targetCountry() : s.targetCountry() + "GOV";
    String root = s.rootCode();
    Span lead = sentences.isEmpty() ? new Span(0, text.length()) : sentences.get(0).span();
    List<Event> events = new ArrayList<>();
    events.add(event(source, target, root, s, lead));
    if (s.family().rootCode().equals("04") || s.family().rootCode().equals("05")) {
      events.add(event(target, source, root, s, lead));
    }
    return AnnotatedArticle.of(a).withAnalysis(sentences, List.of(), List.of()).withEvents(events);
  }

  private static Event event(
      String source, String target, String root, SyntheticArticle s, Span at) {
    return new Event(
        "actor/" + source,
        "actor/" + target,
        source,
        target,
        root + "0",
        root,
        1,
        1.0,
        s.eventDate().toString(),
        at,
        1,
        0.9);
  }
}
