package org.readout.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.readout.cli.Readout;
import org.readout.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout eval events GOLD.jsonl}: runs the standard pipeline over gold documents (format in
 * docs/events.md) and prints event precision, recall and F1 at (source country, target country,
 * root code) and at the full code. Exit code 0, or 1 when some lines could not be read (they are
 * reported on stderr and skipped). With {@code --plover-gsr FILE} or {@code --plv FILE} it also
 * scores the PLOVER gold standard records or PLV sentences ({@link PloverScorer}).
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Score CAMEO event coding against gold JSONL (see docs/events.md).")
public final class EventEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "GOLD.jsonl",
      description = "One gold document per line.")
  @Nullable Path gold;

  @Option(
      names = "--plover-gsr",
      paramLabel = "FILE",
      description = "PLOVER gold standard records (a JSON array, PLOVER_GSR_CAMEO.txt).")
  @Nullable Path ploverGsr;

  @Option(
      names = "--plv",
      paramLabel = "FILE",
      description = "PLV sentences with marked actors (TSV, PLV_train.tsv).")
  @Nullable Path plv;

  @Option(
      names = "--details",
      description = "With --plover-gsr or --plv, print one line per sentence.")
  boolean details;

  @Option(
      names = "--breakdown",
      description =
          "With a gold file, also print the root-level errors by the file's style and by CAMEO"
              + " root, each miss or wrong event by what the other side has instead (another root,"
              + " target or source, other actors, nothing): the classes a held-out set misses,"
              + " without reading its texts.")
  boolean breakdown;

  @Option(
      names = "--depparse",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Ask CoreNLP's dependency parser for the source or target of predicates the shallow"
              + " reader finds none for (on by default; --no-depparse scores the shallow reader"
              + " alone).")
  boolean depparse = true;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (gold == null && ploverGsr == null && plv == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing GOLD.jsonl, --plover-gsr FILE or --plv FILE");
    }
    Pipeline pipeline = Readout.load(java.util.List.of(), depparse).pipeline();
    long parsedBefore = org.readout.nlp.DependencyArguments.parsedSentences();
    boolean failed = false;
    if (gold != null) {
      EventScorer.Counts counts = new EventScorer.Counts();
      failed = evaluate(gold, pipeline, counts, err);
      print(counts, out);
      if (breakdown) {
        counts.breakdown.print(out);
      }
    }
    if (ploverGsr != null || plv != null) {
      PloverScorer scorer = new PloverScorer(details ? out : null);
      try {
        PloverRun.score(ploverGsr, plv, pipeline, scorer);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        failed = true;
      }
      scorer.print(out);
    }
    if (depparse) {
      out.printf(
          Locale.ROOT,
          "depparse: %d sentences parsed%n",
          org.readout.nlp.DependencyArguments.parsedSentences() - parsedBefore);
    }
    out.flush();
    return failed ? 1 : 0;
  }

  /** Scores every line of {@code file}; returns whether some line failed. */
  static boolean evaluate(Path file, Pipeline pipeline, EventScorer.Counts counts, PrintWriter err)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    EventScorer scorer = new EventScorer();
    return GoldLines.forEach(
        file,
        err,
        line -> {
          EventGold g = EventGold.parse(json, line);
          scorer.add(counts, g, pipeline.apply(GoldLines.article(g.id(), g.text(), g.date())));
        });
  }

  static void print(EventScorer.Counts c, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "documents %d, gold events %d, predicted %d%n",
        c.documents,
        c.gold,
        c.predicted);
    Scores.row(out, "%-6s", "root", c.precision(true), c.recall(true), c.rootMatched);
    Scores.row(out, "%-6s", "code", c.precision(false), c.recall(false), c.codeMatched);
    c.bands.print(out, "an event is right when its source, target and root are in the gold");
  }
}
