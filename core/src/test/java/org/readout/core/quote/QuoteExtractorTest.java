package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/** Golden tests over invented wire copy for issue 3 (quotes: who said what, according to whom). */
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.bundled();
  private static final String LEE = "person/ann-lee";
  private static final String HADDAD = "person/omar-haddad";

  private static List<Quote> quotes(QuoteFixture f) {
    AnnotatedArticle doc = EXTRACTOR.apply(f.doc());
    assertWellFormed(doc);
    return doc.quotes();
  }

  private static List<Quote> direct(QuoteFixture f) {
    return quotes(f).stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
  }

  private static QuoteFixture cast(String... paragraphs) {
    return QuoteFixture.of(paragraphs)
        .person(LEE, "Ann Lee", "f", "Mayor Ann Lee", "Ann Lee", "Lee", "the mayor")
        .person(HADDAD, "Omar Haddad", "m", "Omar Haddad", "Haddad");
  }

  @Test
  void attributesQuoteToSpeakerNamedBeforeIt() {
    QuoteFixture f = cast("Mayor Ann Lee said, \"We will open the bridge next week.\"");
    Quote q = direct(f).get(0);
    assertThat(q.span()).isEqualTo(f.span("We will open the bridge next week."));
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.speaker()).isEqualTo(LEE);
    assertThat(q.speakerMention()).isEqualTo(f.span("Mayor Ann Lee"));
    assertThat(q.cue()).isEqualTo(f.span("said"));
    assertThat(q.confidence()).isGreaterThan(0.8);
  }

  @Test
  void attributesQuoteToSpeakerAfterIt() {
    QuoteFixture f =
        cast(
            "\"The bridge is safe for cars,\" Lee told reporters.",
            "\"Repairs start on Monday,\" said Haddad.",
            "\"Nobody was hurt,\" according to Haddad.");
    List<Quote> qs = direct(f);
    assertThat(qs).extracting(Quote::speaker).containsExactly(LEE, HADDAD, HADDAD);
    assertThat(qs.get(0).cue()).isEqualTo(f.span("told"));
    assertThat(qs.get(1).speakerMention()).isEqualTo(f.nth("Haddad", 1));
    assertThat(qs.get(2).cue()).isEqualTo(f.span("according to"));
  }

  @Test
  void attributesBothHalvesOfAnInterruptedQuote() {
    QuoteFixture f = cast("\"We are ready,\" Haddad said, \"and the money is already there.\"");
    List<Quote> qs = direct(f);
    assertThat(qs)
        .extracting(Quote::span)
        .containsExactly(f.span("We are ready,"), f.span("and the money is already there."));
    assertThat(qs).extracting(Quote::speaker).containsExactly(HADDAD, HADDAD);
    assertThat(qs).extracting(Quote::cue).containsOnly(f.span("said"));
  }

  @Test
  void coordinatedCueBorrowsTheSubjectOfTheFirstVerb() {
    QuoteFixture f =
        cast(
            "Haddad noted that the river had fallen overnight and added, \"The worst is over for now.\"");
    List<Quote> qs = quotes(f);
    assertThat(qs).extracting(Quote::kind).containsExactly(QuoteKind.INDIRECT, QuoteKind.DIRECT);
    assertThat(qs.get(0).span()).isEqualTo(f.span("the river had fallen overnight"));
    assertThat(qs).extracting(Quote::speaker).containsOnly(HADDAD);
    assertThat(qs.get(1).cue()).isEqualTo(f.span("added"));
  }

  @Test
  void quoteSpanningParagraphsIsOneQuote() {
    QuoteFixture f =
        cast(
            "Haddad said: \"The first phase of the dam is finished.",
            "\"The second phase starts in the spring and ends in the autumn.\"");
    List<Quote> qs = direct(f);
    assertThat(qs).hasSize(1);
    int start = f.text().indexOf("The first");
    int end = f.text().indexOf("autumn.") + "autumn.".length();
    assertThat(qs.get(0).span()).isEqualTo(new Span(start, end));
    assertThat(qs.get(0).speaker()).isEqualTo(HADDAD);
  }

  @Test
  void pronounResolvedByActorStageCarriesAcrossParagraphs() {
    QuoteFixture f =
        QuoteFixture.of(
                "Ann Lee met flood victims in Marlow on Sunday.",
                "She said, \"Every family will get help before winter.\"")
            .person(LEE, "Ann Lee", "f", "Ann Lee", "She@1");
    Quote q = direct(f).get(0);
    assertThat(q.speaker()).isEqualTo(LEE);
    assertThat(q.speakerMention()).isEqualTo(f.span("She"));
  }

  @Test
  void unresolvedPronounFallsBackToPreviousSpeakerOfSameGender() {
    QuoteFixture f =
        cast(
            "\"The levee held,\" Haddad said.",
            "Lee disagreed with the engineers on the timetable.",
            "He added, \"We need another month of work on the east bank.\"");
    List<Quote> qs = direct(f);
    assertThat(qs).extracting(Quote::speaker).containsExactly(HADDAD, HADDAD);
    assertThat(qs.get(1).speakerMention()).isEqualTo(f.span("He"));
    assertThat(qs.get(1).confidence()).isLessThan(qs.get(0).confidence());
  }

  @Test
  void quoteWithoutCueContinuesTheLastSpeakersTurn() {
    QuoteFixture f =
        cast(
            "Lee said, \"The schools reopen on Monday.\"",
            "\"Buses will run on the winter timetable until further notice.\"");
    List<Quote> qs = direct(f);
    assertThat(qs).extracting(Quote::speaker).containsExactly(LEE, LEE);
    assertThat(qs.get(1).cue()).isNull();
    assertThat(qs.get(1).speakerMention()).isNull();
  }

  @Test
  void speakerStaysNullWhenNobodyCanBeNamed() {
    QuoteFixture f =
        cast(
            "\"The water came up to the windows in an hour.\"",
            "A voice in the crowd shouted, \"Open the gates now!\"",
            "Haddad later visited the shelter.");
    List<Quote> qs = direct(f);
    assertThat(qs).hasSize(2);
    assertThat(qs).extracting(Quote::speaker).containsOnlyNulls();
    assertThat(qs.get(0).cue()).isNull();
    assertThat(qs.get(1).cue()).isEqualTo(f.span("shouted"));
    assertThat(qs).extracting(Quote::confidence).containsOnly(0.0);
  }

  @Test
  void viaFollowsTheLastNamedAgencyAcrossParagraphs() {
    QuoteFixture f =
        cast(
                "According to the Northland Press Agency, Lee said, \"The talks were useful.\"",
                "\"We made progress on the ferry,\" she said.",
                "The Southern Wire reported that the talks had stalled.",
                "\"Nothing was agreed,\" Haddad said.")
            .agency("agency/npa", "Northland Press Agency", "Northland Press Agency")
            .agency("agency/southern-wire", "Southern Wire", "Southern Wire");
    List<Quote> qs = direct(f);
    assertThat(qs)
        .extracting(Quote::via)
        .containsExactly("agency/npa", "agency/npa", "agency/southern-wire");
    assertThat(qs).extracting(Quote::speaker).containsExactly(LEE, LEE, HADDAD);
    // The agency's own report is a channel, not an indirect statement by a speaker.
    assertThat(quotes(f)).noneMatch(q -> q.span().equals(f.span("the talks had stalled")));
  }

  @Test
  void readoutNamesAGovernmentChannel() {
    QuoteFixture f =
        cast("In a Valdor readout, Haddad said, \"Our borders stay open.\"")
            .actor(
                "government/VLD",
                "Valdor",
                org.readout.core.model.ActorKind.INSTITUTION,
                null,
                "Valdor");
    Quote q = direct(f).get(0);
    assertThat(q.via()).isEqualTo("government/VLD");
    assertThat(q.speaker()).isEqualTo(HADDAD);
  }

  @Test
  void quotedFragmentInsideReportersSentenceIsPartial() {
    QuoteFixture f =
        cast("Lee described the plan as \"a careful first step toward peace\" on Tuesday.");
    Quote q = direct(f).get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.span()).isEqualTo(f.span("a careful first step toward peace"));
    assertThat(q.speaker()).isEqualTo(LEE);
  }

  @Test
  void reportedClauseIsIndirectSpeech() {
    QuoteFixture f =
        cast("Haddad said the ferry would resume service.", "Lee stated that tolls were frozen.");
    List<Quote> qs = quotes(f);
    assertThat(qs).extracting(Quote::kind).containsOnly(QuoteKind.INDIRECT);
    assertThat(qs)
        .extracting(Quote::span)
        .containsExactly(f.span("the ferry would resume service"), f.span("tolls were frozen"));
    assertThat(qs).extracting(Quote::speaker).containsExactly(HADDAD, LEE);
  }

  @Test
  void scareQuotesAndTitlesAreNotStatements() {
    QuoteFixture f =
        cast(
            "Critics mocked the so-called \"peace dividend\" in the budget.",
            "The plan, a \"reset\" of ties, was announced by Lee.",
            "Haddad wrote the book \"Rivers of Salt and Stone\" in prison.");
    // No passage in marks is a quote; "Critics mocked ..." may still report what they said.
    assertThat(quotes(f)).noneMatch(q -> q.kind() != QuoteKind.INDIRECT);
    assertThat(quotes(f))
        .extracting(Quote::span)
        .doesNotContain(
            f.span("peace dividend"), f.span("reset"), f.span("Rivers of Salt and Stone"));
  }

  @Test
  void keepsShortQuoteThatHasACue() {
    QuoteFixture f = cast("Asked about a delay, Lee said: \"No.\"");
    assertThat(direct(f)).extracting(Quote::speaker).containsExactly(LEE);
  }

  @Test
  void readsCurlyQuotesGuillemetsAndCornerBrackets() {
    QuoteFixture f =
        cast(
            "Lee said, \u201cThe port is open again.\u201d",
            "Haddad said, \u00abThe rail line is open too.\u00bb",
            "Lee added, \u300cThe airport opens next.\u300d",
            "Haddad said, \u201cWe heard \u2018enough is enough\u2019 from every town.\u201d");
    List<Quote> qs = direct(f);
    assertThat(qs)
        .extracting(q -> q.span().of(f.text()))
        .containsExactly(
            "The port is open again.",
            "The rail line is open too.",
            "The airport opens next.",
            "We heard \u2018enough is enough\u2019 from every town.");
    assertThat(qs).extracting(Quote::speaker).containsExactly(LEE, HADDAD, LEE, HADDAD);
  }

  @Test
  void headlineColonNamesTheSpeaker() {
    QuoteFixture f =
        cast("Haddad: \"We will rebuild every school\"", "The storm hit the coast on Friday.");
    Quote q = direct(f).get(0);
    assertThat(q.speaker()).isEqualTo(HADDAD);
    assertThat(q.cue()).isEqualTo(f.span(":"));
  }
}
