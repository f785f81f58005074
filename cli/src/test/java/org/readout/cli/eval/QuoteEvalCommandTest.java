package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.quote.QuoteExtractor;
import org.readout.core.testing.SimpleAnalyzer;

/** The quote evaluation (issue 3) scores a small gold file through a CoreNLP-free pipeline. */
class QuoteEvalCommandTest {
  private static final String TEXT =
      "Lee said, \"The bridge opens on Monday.\"\n\n\"We are not ready,\" said Haddad.\n\nHe left early.";

  /** Adds two people, mentioned wherever their surnames occur. */
  private static Actor person(String id, String name, String surname) {
    int at = TEXT.indexOf(surname);
    return new Actor(
        id,
        name,
        ActorKind.PERSON,
        null,
        null,
        null,
        "m",
        List.of(new Mention(new Span(at, at + surname.length()), MentionKind.NAME)),
        List.of());
  }

  private static final Pipeline PIPELINE =
      Pipeline.of(
          new ParagraphSplitter(),
          new LinguisticAnalysis(new SimpleAnalyzer()),
          in ->
              in.withActors(
                  List.of(
                      person("person/lee", "Ann Lee", "Lee"),
                      person("person/haddad", "Omar Haddad", "Haddad"))),
          new QuoteExtractor());

  @Test
  void scoresDetectionAndSpeakers(@TempDir Path dir) throws Exception {
    int q1 = TEXT.indexOf("The bridge");
    int q2 = TEXT.indexOf("We are");
    int q3 = TEXT.indexOf("He left");
    String gold =
        "{\"id\":\"a\",\"date\":\"2024-03-01\",\"text\":"
            + json(TEXT)
            + ",\"quotes\":["
            + "{\"start\":"
            + q1
            + ",\"end\":"
            + (q1 + 29)
            + ",\"kind\":\"direct\",\"speaker\":\"Ann Lee\"},"
            + "{\"start\":"
            + q2
            + ",\"end\":"
            + (q2 + 17)
            + ",\"speaker\":\"Someone Else\"},"
            + "{\"start\":"
            + q3
            + ",\"end\":"
            + (q3 + 13)
            + ",\"speaker\":null}]}\n"
            + "not json\n";
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, gold, StandardCharsets.UTF_8);
    QuoteScorer.Counts c = new QuoteScorer.Counts();
    StringWriter err = new StringWriter();
    boolean failed =
        QuoteEvalCommand.evaluate(
            file,
            PIPELINE,
            new QuoteScorer(EnumSet.allOf(QuoteKind.class)),
            c,
            new PrintWriter(err, true));
    assertThat(failed).isTrue();
    assertThat(err.toString()).contains("gold.jsonl:2:");
    assertThat(c.gold).isEqualTo(3);
    assertThat(c.predicted).isEqualTo(2);
    assertThat(c.matched).isEqualTo(2);
    assertThat(c.detectionPrecision()).isEqualTo(1.0);
    assertThat(c.detectionRecall()).isEqualTo(2.0 / 3);
    assertThat(c.speakerCorrect).isEqualTo(1);
    assertThat(c.speakerPrecision()).isEqualTo(0.5);
    assertThat(c.speakerRecall()).isEqualTo(0.5);
    StringWriter out = new StringWriter();
    QuoteEvalCommand.print(c, new PrintWriter(out, true));
    assertThat(out.toString())
        .contains("detection  P 1.000  R 0.667  F1 0.800")
        .contains("speaker    P 0.500  R 0.500");
  }

  @Test
  void overlapMustCoverHalfTheLongerSpan() {
    assertThat(QuoteScorer.matches(new Span(0, 10), new Span(5, 10))).isTrue();
    assertThat(QuoteScorer.matches(new Span(0, 10), new Span(6, 10))).isFalse();
    assertThat(QuoteScorer.matches(new Span(0, 10), new Span(10, 20))).isFalse();
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
