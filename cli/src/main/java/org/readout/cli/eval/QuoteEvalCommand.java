package org.readout.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.readout.cli.Readout;
import org.readout.core.model.QuoteKind;
import org.readout.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout eval quotes GOLD.jsonl}, {@code --meantime DIR} or {@code --polnear DIR}: runs the
 * standard pipeline over gold documents (JSONL format in docs/quotes.md, or MEANTIME CAT XML files
 * converted in memory) and prints quote-detection and speaker-attribution precision, recall and F1.
 * Exit code 0, 1 when some inputs could not be read (they are reported on stderr and skipped), 2
 * when neither input is given.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Score quote detection and speaker attribution against gold JSONL (see docs/quotes.md).")
public final class QuoteEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "GOLD.jsonl",
      description = "One gold document per line.")
  @Nullable Path gold;

  @Option(
      names = "--meantime",
      paramLabel = "DIR",
      description =
          "Score on MEANTIME CAT XML files under DIR (speech events with their Arg0) instead of JSONL.")
  @Nullable Path meantime;

  @Option(
      names = "--polnear",
      paramLabel = "DIR",
      description =
          "Score on PolNeAR brat standoff under DIR (text/ and attributions/ of a split), direct"
              + " and indirect, exact and overlap.")
  @Nullable Path polnear;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "With --polnear: write each wrong speaker, missed gold (with its cue, source and"
              + " class: indirect-speech, indirect-other) and spurious prediction to FILE, one per"
              + " line.")
  @Nullable Path errors;

  @Option(
      names = "--kinds",
      split = ",",
      defaultValue = "direct,partial,indirect",
      description = "Quote kinds to score, in gold and output alike (default: ${DEFAULT-VALUE}).")
  List<String> kinds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<QuoteKind> accepted = EnumSet.noneOf(QuoteKind.class);
    for (String k : kinds) {
      accepted.add(QuoteKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
    }
    int inputs = (gold == null ? 0 : 1) + (meantime == null ? 0 : 1) + (polnear == null ? 0 : 1);
    if (inputs != 1) {
      err.println("give one of GOLD.jsonl, --meantime DIR or --polnear DIR");
      return 2;
    }
    if (polnear != null) {
      return PolnearEvaluation.run(polnear, errors, Readout.load().pipeline(), out, err);
    }
    QuoteScorer.Counts counts = new QuoteScorer.Counts();
    QuoteScorer scorer = new QuoteScorer(accepted);
    boolean failed =
        gold != null
            ? evaluate(gold, Readout.load().pipeline(), scorer, counts, err)
            : evaluateMeantime(meantime, Readout.load().pipeline(), scorer, counts, err);
    print(counts, out);
    out.flush();
    return failed ? 1 : 0;
  }

  /** Scores every line of {@code file}; returns whether some line failed. */
  static boolean evaluate(
      Path file, Pipeline pipeline, QuoteScorer scorer, QuoteScorer.Counts counts, PrintWriter err)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    return GoldLines.forEach(
        file,
        err,
        line -> {
          QuoteGold g = QuoteGold.parse(json, line);
          scorer.add(counts, g, pipeline.apply(GoldLines.article(g.id(), g.text(), g.date())));
        });
  }

  /** Scores every {@code .xml} file under {@code dir}; returns whether some file failed. */
  static boolean evaluateMeantime(
      Path dir, Pipeline pipeline, QuoteScorer scorer, QuoteScorer.Counts counts, PrintWriter err)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    boolean failed = false;
    for (Path f : files) {
      try {
        QuoteMeantimeDocument g = QuoteMeantimeDocument.read(f);
        scorer.add(counts, g, pipeline.apply(GoldLines.article(g.id(), g.text(), g.dct())));
      } catch (IOException | RuntimeException e) {
        err.println(f + ": " + e.getMessage());
        failed = true;
      }
    }
    return failed;
  }

  static void print(QuoteScorer.Counts c, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "documents %d, gold quotes %d, predicted %d%n",
        c.documents,
        c.gold,
        c.predicted);
    Scores.row(out, "%-10s", "detection", c.detectionPrecision(), c.detectionRecall(), c.matched);
    Scores.row(out, "%-10s", "speaker", c.speakerPrecision(), c.speakerRecall(), c.speakerCorrect);
  }
}
