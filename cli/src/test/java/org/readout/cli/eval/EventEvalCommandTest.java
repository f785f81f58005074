package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.event.EventCoder;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.testing.SimpleAnalyzer;

/** The event evaluation (issue 5) scores the bundled gold file through a CoreNLP-free pipeline. */
class EventEvalCommandTest {
  private static final Path GOLD = Path.of("src", "test", "resources", "eval", "events-gold.jsonl");

  /** Three invented countries, mentioned by name or demonym wherever they occur. */
  private static AnnotatedArticle countries(AnnotatedArticle in) {
    List<Actor> actors = new ArrayList<>();
    String[][] names = {
      {"VAL", "Valdoria", "Valdorian"},
      {"KES", "Kestria", "Kestrian"},
      {"MOR", "Morvath", "Morvathi"}
    };
    for (String[] n : names) {
      List<Mention> ms = new ArrayList<>();
      for (int k = 2; k >= 1; k--) {
        int at = in.text().indexOf(n[k]);
        while (at >= 0) {
          int end = at + n[k].length();
          int start = at;
          if (ms.stream().noneMatch(m -> m.span().start() == start)) {
            ms.add(new Mention(new Span(at, end), MentionKind.NAME));
          }
          at = in.text().indexOf(n[k], end);
        }
      }
      if (!ms.isEmpty()) {
        actors.add(
            new Actor(
                "country/" + n[0], n[1], ActorKind.COUNTRY, n[0], n[0], null, null, ms, List.of()));
      }
    }
    return in.withActors(actors);
  }

  private static final Pipeline PIPELINE =
      Pipeline.of(
          new ParagraphSplitter(),
          new LinguisticAnalysis(new SimpleAnalyzer()),
          EventEvalCommandTest::countries,
          EventCoder.bundled());

  @Test
  void scoresRootAndFullCodeOnTheBundledGoldFile() throws Exception {
    EventScorer.Counts c = new EventScorer.Counts();
    StringWriter err = new StringWriter();
    boolean failed = EventEvalCommand.evaluate(GOLD, PIPELINE, c, new PrintWriter(err, true));
    assertThat(failed).isFalse();
    assertThat(err.toString()).isEmpty();
    StringWriter out = new StringWriter();
    EventEvalCommand.print(c, new PrintWriter(out, true));
    // Gold has 10 events; the coder finds 9 (not the merely possible recall in g5) and codes
    // "thanked" as praise (051) where gold says rally support (053): 9 of 10 at root level, 8 of 10
    // at full code. Issue 13: precision per confidence band follows.
    assertThat(out.toString())
        .isEqualTo(
            """
            documents 5, gold events 10, predicted 9
            root   P 1.000  R 0.900  F1 0.947  (tp 9)
            code   P 0.889  R 0.800  F1 0.842  (tp 8)
              precision by confidence (an event is right when its source, target and root are in the gold):
                [0.85, 1.00] 1.000  (8 of 8)
                [0.70, 0.85) 1.000  (1 of 1)
                [0.55, 0.70) 0.000  (0 of 0)
                [0.00, 0.55) 0.000  (0 of 0)
            """);
  }

  @Test
  void reportsBadLinesWithFileAndLineAndGoesOn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(
        file,
        """
        not json

        {"id":"x","text":"Valdoria met Kestria.","events":[{"source":"VAL","code":"4x"}]}
        {"id":"y","text":"Valdoria met Kestria.","events":[{"source":"VAL","target":"KES","code":"040"}]}
        """,
        StandardCharsets.UTF_8);
    EventScorer.Counts c = new EventScorer.Counts();
    StringWriter err = new StringWriter();
    assertThat(EventEvalCommand.evaluate(file, PIPELINE, c, new PrintWriter(err, true))).isTrue();
    assertThat(err.toString())
        .contains("gold.jsonl:1: not JSON")
        .contains("gold.jsonl:3: event needs a source");
    assertThat(c.documents).isEqualTo(1);
    assertThat(c.codeMatched).isEqualTo(1);
  }
}
