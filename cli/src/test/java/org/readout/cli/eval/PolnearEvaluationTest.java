package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.SharedData;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.quote.QuoteExtractor;
import org.readout.core.testing.SimpleAnalyzer;

/**
 * The PolNeAR reader and scorer (issue 9) on a tiny brat fixture written for this test, through a
 * CoreNLP-free pipeline.
 */
class PolnearEvaluationTest {
  private static final String TEXT =
      "Mayor Ann Lee said, \"The bridge opens on Monday.\"\n\n"
          + "Lee said that the council had approved the budget.\n\n"
          + "\"We are not ready,\" said Omar Haddad. \"Give us a month.\"\n\n"
          + "Haddad said the plan was \"rushed\" and costly.\n\n"
          + "Delays are expected, officials believe.";

  private static Actor person(String id, String name, String surname) {
    List<Mention> mentions = new ArrayList<>();
    for (int at = TEXT.indexOf(surname); at >= 0; at = TEXT.indexOf(surname, at + 1)) {
      mentions.add(new Mention(new Span(at, at + surname.length()), MentionKind.NAME));
    }
    return new Actor(id, name, ActorKind.PERSON, null, null, null, "m", mentions, List.of());
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

  /** A brat span line {@code T<n>\tType start end\twords} over {@code TEXT}. */
  private static String t(int n, String type, String words, int from) {
    int at = TEXT.indexOf(words, from);
    return "T" + n + "\t" + type + " " + at + " " + (at + words.length()) + "\t" + words + "\n";
  }

  private static Path fixture(Path dir) throws Exception {
    Path split = dir.resolve("dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text/test_2016-05-04_bridge.txt"), TEXT);
    int p3 = TEXT.indexOf("\"We");
    int p4 = TEXT.indexOf("Haddad said");
    int give = TEXT.indexOf("\"Give");
    String ann =
        t(1, "Source", "Mayor Ann Lee", 0)
            + t(2, "Cue", "said", 0)
            + t(3, "Content", "\"The bridge opens on Monday.\"", 0)
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
            + t(4, "Source", "Lee", 40)
            + t(5, "Cue", "said", 40)
            + t(6, "Content", "that the council had approved the budget", 0)
            + "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n"
            // One Content in two fragments, as brat writes a discontinuous span.
            + "T7\tContent "
            + p3
            + " "
            + (p3 + 19)
            + ";"
            + give
            + " "
            + (give + 18)
            + "\tboth halves\n"
            + t(8, "Cue", "said", p3)
            + t(9, "Source", "Omar Haddad", 0)
            + "E3\tAttribution:T8 Content:T7 Cue:T8 Source:T9\n"
            + t(10, "Source", "Haddad", p4)
            + t(11, "Cue", "said", p4)
            + t(12, "Content", "the plan was \"rushed\" and costly", 0)
            + "E4\tAttribution:T11 Content:T12 Cue:T11 Source:T10\n"
            + t(13, "Content", "Delays are expected", 0)
            + t(14, "Cue", "believe", 0)
            + "E5\tAttribution-no-source:T14 Content:T13 Cue:T14\n"
            + t(15, "Discard", "Mayor", 0);
    Files.writeString(
        split.resolve("attributions/test_2016-05-04_bridge_aaaa.ann"), ann, StandardCharsets.UTF_8);
    // A second annotator's file for the same article is not counted twice.
    Files.writeString(split.resolve("attributions/test_2016-05-04_bridge_bbbb.ann"), "");
    return split;
  }

  @Test
  void readsAttributionsAndTellsDirectFromIndirect(@TempDir Path dir) throws Exception {
    Path split = fixture(dir);
    Map<String, Path[]> articles = PolnearEvaluation.articles(dir);
    assertThat(articles).hasSize(1);
    Path[] files = articles.values().iterator().next();
    assertThat(files[1].getFileName().toString()).endsWith("_aaaa.ann");
    PolnearDocument g = PolnearDocument.read(files[0], files[1]);
    assertThat(g.id()).isEqualTo("test_2016-05-04_bridge");
    assertThat(g.date()).isEqualTo(LocalDate.of(2016, 5, 4));
    assertThat(g.all()).hasSize(5);
    assertThat(g.all())
        .extracting(PolnearDocument.Attribution::direct)
        .containsExactly(true, false, true, false, false);
    PolnearDocument.Attribution halves = g.all().get(2);
    assertThat(halves.content()).hasSize(2);
    assertThat(halves.source().get(0).of(TEXT)).isEqualTo("Omar Haddad");
    assertThat(g.all().get(4).source()).isEmpty();
    assertThat(split).isDirectory();
  }

  @Test
  void scoresDirectAndIndirectExactAndOverlap(@TempDir Path dir) throws Exception {
    fixture(dir);
    PolnearScorer.Counts c = new PolnearScorer.Counts();
    StringWriter err = new StringWriter();
    boolean failed =
        PolnearEvaluation.evaluate(
            PolnearEvaluation.articles(dir),
            PIPELINE,
            new PolnearScorer(null),
            c,
            new PrintWriter(err, true));
    assertThat(failed).as(err.toString()).isFalse();
    assertThat(c.documents).isEqualTo(1);
    // Direct: two gold; the interrupted quote is two predicted quotes, both right by overlap.
    assertThat(c.directOverlap.gold).isEqualTo(2);
    assertThat(c.directOverlap.predicted).isEqualTo(3);
    assertThat(c.directOverlap.matched).isEqualTo(2);
    assertThat(c.directOverlap.predictedMatched).isEqualTo(3);
    assertThat(c.directOverlap.speakerCorrect).isEqualTo(2);
    // Exact: the first quote is the gold span without its marks; the halves are not one span.
    assertThat(c.directExact.matched).isEqualTo(1);
    // Indirect: three gold (one without a source); the quoted "rushed" is part of the fourth.
    assertThat(c.indirectOverlap.gold).isEqualTo(3);
    assertThat(c.indirectOverlap.goldWithSource).isEqualTo(2);
    assertThat(c.indirectOverlap.matched).isEqualTo(2);
    assertThat(c.indirectOverlap.speakerAccuracy()).isEqualTo(1.0);
    assertThat(c.indirectExact.matched).isEqualTo(2);
    StringWriter out = new StringWriter();
    PolnearScorer.print(c, new PrintWriter(out, true));
    assertThat(out.toString())
        .contains("direct   overlap detection P 1.000  R 1.000")
        .contains("indirect overlap speaker   accuracy 1.000 (2/2, 0 unnamed)");
  }

  @Test
  void exactMatchIgnoresMarksEdgePunctuationAndThat() {
    String text = "\u201cWe will win,\u201d that the plan works.";
    assertThat(PolnearScorer.trim(text, new Span(0, 14))).isEqualTo("we will win");
    assertThat(PolnearScorer.trim(text, new Span(15, text.length()))).isEqualTo("the plan works");
    boolean[] in = PolnearDocument.insideQuotes("a \"b\" c\n\"d");
    assertThat(in[3]).isTrue();
    assertThat(in[6]).isFalse();
    assertThat(in[9]).isTrue();
  }

  @Test
  void scoresTheSharedDevSplitWhenPresent() throws Exception {
    Path dev = SharedData.require(SharedData.path("eval", "dev", "polnear", "dev"));
    Map<String, Path[]> articles = PolnearEvaluation.articles(dev);
    assertThat(articles).hasSize(84);
    Path[] first = articles.values().iterator().next();
    PolnearDocument g = PolnearDocument.read(first[0], first[1]);
    assertThat(g.all()).isNotEmpty();
    assertThat(g.all()).allMatch(a -> a.cover().end() <= g.text().length());
  }
}
