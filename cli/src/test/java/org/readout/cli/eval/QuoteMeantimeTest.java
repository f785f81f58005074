package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * MEANTIME speech events become quote gold in memory, and score through a CoreNLP-free pipeline.
 */
class QuoteMeantimeTest {
  /** Sentences of an invented article, one token list each; sentence 3 carries no annotation. */
  private static final String[][] SENTENCES = {
    {"Plant", "closes"},
    {"Spokeswoman", "Ann", "Lee", "said", "that", "the", "plant", "would", "close", "."},
    {"Analysts", "expected", "that", "sales", "would", "fall", "."},
    {"``", "We", "are", "sorry", ",", "''", "she", "said", "."},
  };

  private static String xml() {
    StringBuilder x =
        new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"1\" doc_name=\"1_plant\">\n");
    int id = 1;
    for (int s = 0; s < SENTENCES.length; s++) {
      for (String w : SENTENCES[s]) {
        x.append("<token number=\"")
            .append(id - 1)
            .append("\" sentence=\"")
            .append(s)
            .append("\" t_id=\"")
            .append(id++)
            .append("\">")
            .append(w.replace("&", "&amp;"))
            .append("</token>\n");
      }
    }
    // Token ids: Spokeswoman=3, Ann=4, Lee=5, said=6, close=11, expected=14, fall=18.
    x.append("<Markables>\n")
        .append(
            "<ENTITY_MENTION m_id=\"1\" syntactic_type=\"NAM\"><token_anchor t_id=\"3\"/><token_anchor t_id=\"4\"/>")
        .append("<token_anchor t_id=\"5\"/></ENTITY_MENTION>\n")
        .append(
            "<EVENT_MENTION m_id=\"3\" pos=\"VERB\"><token_anchor t_id=\"6\"/></EVENT_MENTION>\n")
        .append(
            "<EVENT_MENTION m_id=\"5\" pos=\"VERB\"><token_anchor t_id=\"11\"/></EVENT_MENTION>\n")
        .append(
            "<EVENT_MENTION m_id=\"7\" pos=\"VERB\"><token_anchor t_id=\"14\"/></EVENT_MENTION>\n")
        .append(
            "<EVENT_MENTION m_id=\"9\" pos=\"VERB\"><token_anchor t_id=\"18\"/></EVENT_MENTION>\n")
        .append(
            "<TIMEX3 m_id=\"10\" type=\"DATE\" value=\"2009-06-04\" functionInDocument=\"CREATION_TIME\"/>\n")
        .append("<ENTITY m_id=\"2\" ent_type=\"PER\" TAG_DESCRIPTOR=\"Ann_Lee (spokeswoman)\"/>\n")
        .append("<EVENT m_id=\"4\" class=\"SPEECH_COGNITIVE\" TAG_DESCRIPTOR=\"said\"/>\n")
        .append("<EVENT m_id=\"8\" class=\"SPEECH_COGNITIVE\" TAG_DESCRIPTOR=\"expected\"/>\n")
        .append("</Markables>\n<Relations>\n")
        .append("<REFERS_TO r_id=\"1\"><source m_id=\"1\"/><target m_id=\"2\"/></REFERS_TO>\n")
        .append("<REFERS_TO r_id=\"2\"><source m_id=\"3\"/><target m_id=\"4\"/></REFERS_TO>\n")
        .append("<REFERS_TO r_id=\"3\"><source m_id=\"7\"/><target m_id=\"8\"/></REFERS_TO>\n")
        .append(
            "<HAS_PARTICIPANT r_id=\"4\" sem_role=\"Arg0\"><source m_id=\"3\"/><target m_id=\"1\"/></HAS_PARTICIPANT>\n")
        .append("<SLINK r_id=\"5\"><source m_id=\"3\"/><target m_id=\"5\"/></SLINK>\n")
        .append("<SLINK r_id=\"6\"><source m_id=\"7\"/><target m_id=\"9\"/></SLINK>\n")
        .append("</Relations>\n</Document>\n");
    return x.toString();
  }

  private static Path write(Path dir) throws Exception {
    Path f = dir.resolve("corpus_x").resolve("1_plant.xml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, xml(), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void convertsSpeechEventsWithSourcesToStatements(@TempDir Path dir) throws Exception {
    QuoteMeantimeDocument d = QuoteMeantimeDocument.read(write(dir));
    String text = d.text();
    assertThat(text)
        .isEqualTo(
            "Plant closes\n\nSpokeswoman Ann Lee said that the plant would close.\n\n"
                + "Analysts expected that sales would fall.\n\n\"We are sorry,\" she said.");
    assertThat(d.id()).isEqualTo("1_plant");
    assertThat(d.dct()).isEqualTo(LocalDate.of(2009, 6, 4));
    assertThat(d.region()).isEqualTo(new Span(0, text.indexOf("fall.") + 5));
    // "expected" is cognition, not speech: only "said" is a statement.
    assertThat(d.statements()).hasSize(1);
    QuoteMeantimeDocument.Statement st = d.statements().get(0);
    int said = text.indexOf("said");
    assertThat(st.cue()).isEqualTo(new Span(said, said + 4));
    assertThat(st.anchors())
        .containsExactly(new Span(text.indexOf("close."), text.indexOf("close.") + 5));
    assertThat(st.speaker()).isEqualTo("Ann Lee");
    assertThat(st.speakerMention()).isEqualTo("Spokeswoman Ann Lee");
  }

  @Test
  void scoresOnlyTheAnnotatedRegion(@TempDir Path dir) throws Exception {
    write(dir);
    String text = QuoteMeantimeDocument.read(dir.resolve("corpus_x").resolve("1_plant.xml")).text();
    List<Mention> mentions = new ArrayList<>();
    int at = text.indexOf("Ann Lee");
    mentions.add(new Mention(new Span(at, at + 7), MentionKind.NAME));
    Actor lee =
        new Actor(
            "person/ann-lee",
            "Ann Lee",
            ActorKind.PERSON,
            null,
            null,
            null,
            "f",
            mentions,
            List.of());
    Pipeline pipeline =
        Pipeline.of(
            new ParagraphSplitter(),
            new LinguisticAnalysis(new SimpleAnalyzer()),
            in -> in.withActors(List.of(lee)),
            new QuoteExtractor());
    QuoteScorer.Counts c = new QuoteScorer.Counts();
    StringWriter err = new StringWriter();
    boolean failed =
        QuoteEvalCommand.evaluateMeantime(
            dir,
            pipeline,
            new QuoteScorer(EnumSet.allOf(QuoteKind.class)),
            c,
            new PrintWriter(err, true));
    assertThat(failed).as(err.toString()).isFalse();
    assertThat(c.documents).isEqualTo(1);
    assertThat(c.gold).isEqualTo(1);
    assertThat(c.matched).isEqualTo(1);
    assertThat(c.speakerCorrect).isEqualTo(1);
    // The direct quote in the unannotated last sentence is not scored.
    assertThat(c.predicted).isEqualTo(1);
  }

  @Test
  void malformedFileIsReportedAndSkipped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.xml"), "<Document><token", StandardCharsets.UTF_8);
    QuoteScorer.Counts c = new QuoteScorer.Counts();
    StringWriter err = new StringWriter();
    boolean failed =
        QuoteEvalCommand.evaluateMeantime(
            dir,
            Pipeline.of(new QuoteExtractor()),
            new QuoteScorer(EnumSet.allOf(QuoteKind.class)),
            c,
            new PrintWriter(err, true));
    assertThat(failed).isTrue();
    assertThat(err.toString()).contains("bad.xml");
    assertThat(c.documents).isZero();
  }
}
