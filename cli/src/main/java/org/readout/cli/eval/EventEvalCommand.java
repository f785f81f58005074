package org.readout.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readout.cli.Readout;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout eval events GOLD.jsonl}: runs the standard pipeline over gold documents (format in docs/events.md)
 * and prints event precision, recall and F1 at (source country, target country, root code) and at the full code.
 * Exit code 0, or 1 when some lines could not be read (they are reported on stderr and skipped).
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Score CAMEO event coding against gold JSONL (see docs/events.md).")
public final class EventEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "One gold document per line.")
  Path gold;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EventScorer.Counts counts = new EventScorer.Counts();
    boolean failed = evaluate(gold, Readout.load().pipeline(), counts, err);
    print(counts, out);
    out.flush();
    return failed ? 1 : 0;
  }

  /** Scores every line of {@code file}; returns whether some line failed. */
  static boolean evaluate(Path file, Pipeline pipeline, EventScorer.Counts counts, PrintWriter err) throws IOException {
    ObjectMapper json = new ObjectMapper();
    EventScorer scorer = new EventScorer();
    boolean failed = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          EventGold g = EventGold.parse(json, line);
          Article a = new Article(
              g.id(), null, g.text(), g.date(), g.date() == null ? DateSource.NONE : DateSource.GIVEN, null);
          scorer.add(counts, g, pipeline.apply(a));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          err.println(file + ":" + lineNo + ": " + e.getMessage());
          failed = true;
        }
      }
    }
    return failed;
  }

  static void print(EventScorer.Counts c, PrintWriter out) {
    out.printf(Locale.ROOT, "documents %d, gold events %d, predicted %d%n", c.documents, c.gold, c.predicted);
    row(out, "root", c.precision(true), c.recall(true), c.rootMatched);
    row(out, "code", c.precision(false), c.recall(false), c.codeMatched);
  }

  private static void row(PrintWriter out, String what, double p, double r, int tp) {
    out.printf(Locale.ROOT, "%-6s P %.3f  R %.3f  F1 %.3f  (tp %d)%n", what, p, r, EventScorer.Counts.f1(p, r), tp);
  }
}
