package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Speaker shapes of real news (issue 9), each on a short article written for this test and run
 * through the standard CoreNLP pipeline: a wire lead with titles, possessives and appositions
 * between the quote and its verb; unnamed sources named by a description; an analysis piece in the
 * doubled marks of older typesetting; and translated East Asian news with surname-and-title names.
 * Every assertion names the quote by its offset in the text.
 */
class QuoteSpeakerShapesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 4, 2);

  private static final String WIRE =
      String.join(
          "\n\n",
          "Port strike enters second week",
          "\"Nothing has changed in our offer,\" harbor authority press secretary Mara Quist told"
              + " reporters on Monday. \"We will keep talking.\"",
          "\"We are ready,\" Council Speaker Paul Brandt, the talks chair, told the delegates.",
          "\"This was a mistake,\" the union's campaign manager, Joel Varga, said in an interview.",
          "\"The plan is sound,\" said a New Hampshire Republican.",
          "\"It is over,\" another Iowa Democrat added.",
          "\"It is a fair step,\" said one of the union's advisers, who asked not to be named.",
          "The shipping lines, a union lawyer said, would lose more than the workers.");

  private static final String ANALYSIS =
      String.join(
          "\n\n",
          "Why the harbor vote matters",
          "''We are going to carry this county,'' Mr. Brandt said. ''It is ours to lose.''",
          "Still, Ms. Quist acknowledged, ''we will need some big wins at the end'' of the month.",
          "Joel Varga told the Harbor Gazette in a written statement, \"We do not want the"
              + " council's endorsement.\"",
          "Reporters asked Brandt whether the port would reopen before the vote.");

  private static final String TRANSLATED =
      String.join(
          "\n\n",
          "SEOUL, April 2 -- South Korea will extend its chip subsidies for two more years,"
              + " Minister Park told lawmakers on Thursday.",
          "\"We cannot let the factories wait,\" Minister Park said. \"The budget is ready.\"",
          "Chairman Kim Jong-su of the Korea Shipbuilders Association, speaking to reporters"
              + " after a meeting in Sejong, said, \"Orders are recovering.\"",
          "In a statement, the Japanese trade ministry said it would study the plan. Mr. Tanaka,"
              + " a ministry spokesman, told reporters in Tokyo: \"We will respond calmly.\"");

  private static Quote at(AnnotatedArticle doc, String words) {
    int start = doc.text().indexOf(words);
    assertThat(start).as(words).isGreaterThanOrEqualTo(0);
    return doc.quotes().stream()
        .filter(q -> q.span().start() == start)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote at " + start + ": " + words));
  }

  private static String speaker(AnnotatedArticle doc, Quote q) {
    return q.speaker() == null ? null : doc.actor(q.speaker()).name();
  }

  private static String words(AnnotatedArticle doc, Span s) {
    return s == null ? null : s.of(doc.text());
  }

  @Test
  void titlesPossessivesAndAppositionsBetweenTheQuoteAndItsVerb() {
    AnnotatedArticle doc = TestPipelines.run(WIRE, DATE);
    Quote quist = at(doc, "Nothing has changed");
    assertThat(quist.span()).isEqualTo(new Span(33, 66));
    assertThat(speaker(doc, quist)).isEqualTo("Mara Quist");
    assertThat(words(doc, quist.cue())).isEqualTo("told");
    // The next quote continues her turn.
    assertThat(speaker(doc, at(doc, "We will keep talking."))).isEqualTo("Mara Quist");
    Quote brandt = at(doc, "We are ready,");
    assertThat(speaker(doc, brandt)).isEqualTo("Paul Brandt");
    assertThat(words(doc, brandt.cue())).isEqualTo("told");
    // The manager named in the apposition speaks, not the union that owns the campaign.
    Quote varga = at(doc, "This was a mistake,");
    assertThat(speaker(doc, varga)).isEqualTo("Joel Varga");
    assertThat(words(doc, varga.speakerMention())).isEqualTo("Joel Varga");
  }

  @Test
  void descriptionsNameUnnamedSources() {
    AnnotatedArticle doc = TestPipelines.run(WIRE, DATE);
    Quote republican = at(doc, "The plan is sound,");
    assertThat(republican.speaker()).isNull();
    assertThat(republican.confidence()).isZero();
    assertThat(words(doc, republican.speakerMention())).isEqualTo("a New Hampshire Republican");
    // A three-word quote with its cue beside it is a statement, not a scare quote.
    Quote democrat = at(doc, "It is over,");
    assertThat(words(doc, democrat.speakerMention())).isEqualTo("another Iowa Democrat");
    assertThat(words(doc, democrat.cue())).isEqualTo("added");
    Quote adviser = at(doc, "It is a fair step,");
    assertThat(words(doc, adviser.speakerMention())).isEqualTo("one of the union's advisers");
    Quote lawyer = at(doc, "The shipping lines, a union lawyer said");
    assertThat(lawyer.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(words(doc, lawyer.cue())).isEqualTo("said");
    assertThat(words(doc, lawyer.speakerMention())).isEqualTo("a union lawyer");
    assertThat(words(doc, lawyer.span())).endsWith("would lose more than the workers");
  }

  @Test
  void doubledMarksSpeechNounsAndIndirectQuestions() {
    AnnotatedArticle doc = TestPipelines.run(ANALYSIS, DATE);
    Quote carry = at(doc, "We are going to carry this county,");
    assertThat(carry.span().start()).isEqualTo(ANALYSIS.indexOf("''We are") + 2);
    assertThat(carry.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speaker(doc, carry)).isEqualTo("Brandt");
    assertThat(speaker(doc, at(doc, "It is ours to lose."))).isEqualTo("Brandt");
    Quote wins = at(doc, "we will need some big wins at the end");
    assertThat(speaker(doc, wins)).isEqualTo("Quist");
    assertThat(words(doc, wins.cue())).isEqualTo("acknowledged");
    // "told ... in a written statement": the verb is the cue, its subject the speaker.
    Quote endorsement = at(doc, "We do not want");
    assertThat(words(doc, endorsement.cue())).isEqualTo("told");
    assertThat(speaker(doc, endorsement)).isEqualTo("Joel Varga");
    Quote question = at(doc, "whether the port would reopen");
    assertThat(question.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(words(doc, question.cue())).isEqualTo("asked");
  }

  @Test
  void surnameAndTitleNamesOfTranslatedNews() {
    AnnotatedArticle doc = TestPipelines.run(TRANSLATED, DATE);
    Quote lead = at(doc, "South Korea will extend");
    assertThat(lead.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(words(doc, lead.speakerMention())).isEqualTo("Park");
    assertThat(words(doc, at(doc, "We cannot let").speakerMention())).isEqualTo("Park");
    // A participle phrase of a dozen words stands between the chairman and his verb.
    Quote kim = at(doc, "Orders are recovering.");
    assertThat(words(doc, kim.speakerMention())).isEqualTo("Kim Jong-su");
    assertThat(words(doc, kim.cue())).isEqualTo("said");
    Quote ministry = at(doc, "it would study the plan");
    assertThat(words(doc, ministry.speakerMention())).isEqualTo("the Japanese trade ministry");
    Quote tanaka = at(doc, "We will respond calmly.");
    assertThat(words(doc, tanaka.speakerMention())).isEqualTo("Tanaka");
    assertThat(words(doc, tanaka.cue())).isEqualTo("told");
  }
}
