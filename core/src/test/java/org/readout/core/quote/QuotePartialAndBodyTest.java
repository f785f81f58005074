package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

/**
 * Short partial quotes after verbs of judging and inside reported clauses; speakers that are bodies
 * of an actor ("Harbor Authority inspectors said"), appositions and abbreviations; roles with no
 * actor staying null.
 */
class QuotePartialAndBodyTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.bundled();
  private static final String LEE = "person/ann-lee";
  private static final String HADDAD = "person/omar-haddad";
  private static final String PORT = "org/harbor-authority";
  private static final String FERRY = "org/blue-line";

  private static List<Quote> quotes(QuoteFixture f) {
    AnnotatedArticle doc = EXTRACTOR.apply(f.doc());
    assertWellFormed(doc);
    return doc.quotes();
  }

  private static QuoteFixture cast(String... paragraphs) {
    return QuoteFixture.of(paragraphs)
        .person(LEE, "Ann Lee", "f", "Mayor Ann Lee", "Ann Lee", "Lee")
        .person(HADDAD, "Omar Haddad", "m", "Omar Haddad", "Haddad")
        .actor(PORT, "Harbor Authority", ActorKind.ORGANIZATION, null, "Harbor Authority")
        .actor(FERRY, "Blue Line", ActorKind.ORGANIZATION, null, "Blue Line", "BL");
  }

  @Test
  void shortPassageAfterTheObjectOfAJudgingVerbIsTheSubjectsPartialQuote() {
    QuoteFixture f =
        cast(
            "Mayor Ann Lee called the tunnel plan \"reckless\" at a council meeting.",
            "Haddad described the budget talks as \"tense but useful\" on Friday.");
    // Each verb also reports its object and complement as an indirect statement (issue 9).
    List<Quote> qs = quotes(f).stream().filter(q -> q.kind() == QuoteKind.PARTIAL).toList();
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).span()).isEqualTo(f.span("reckless"));
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(qs.get(0).speaker()).isEqualTo(LEE);
    assertThat(qs.get(0).cue()).isEqualTo(f.span("called"));
    assertThat(qs.get(1).span()).isEqualTo(f.span("tense but useful"));
    assertThat(qs.get(1).kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(qs.get(1).speaker()).isEqualTo(HADDAD);
    assertThat(qs.get(1).cue()).isEqualTo(f.span("described"));
    List<Quote> objects = quotes(f).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    assertThat(objects).hasSize(2);
    assertThat(objects.get(0).span().start()).isEqualTo(f.span("the tunnel plan").start());
    assertThat(objects.get(0).speaker()).isEqualTo(LEE);
    assertThat(objects.get(1).span().start()).isEqualTo(f.span("the budget talks").start());
    assertThat(objects.get(1).speaker()).isEqualTo(HADDAD);
  }

  @Test
  void scareQuotesAndNamesStayExcluded() {
    QuoteFixture f =
        cast(
            "The council approved the so-called \"green levy\" on Monday.",
            "A choir called \"Tidewater\" sang at the opening.",
            "Lee called the new ferry \"Sea Lark\" at the launch.");
    assertThat(quotes(f)).isEmpty();
  }

  @Test
  void shortPassageInsideAReportedClauseIsAlsoAPartialQuote() {
    QuoteFixture f = cast("Lee said the city would rebuild the pier \"without delay\".");
    List<Quote> qs = quotes(f);
    assertThat(qs).extracting(Quote::kind).containsExactly(QuoteKind.INDIRECT, QuoteKind.PARTIAL);
    assertThat(qs.get(0).span().contains(f.span("without delay"))).isTrue();
    assertThat(qs.get(1).span()).isEqualTo(f.span("without delay"));
    assertThat(qs).extracting(Quote::speaker).containsOnly(LEE);
    assertThat(qs.get(1).cue()).isEqualTo(f.span("said"));
  }

  @Test
  void scareQuoteAfterADeterminerInAReportedClauseIsNoPartialQuote() {
    QuoteFixture f = cast("Haddad said the town would drop the \"reforms\" next year.");
    assertThat(quotes(f)).extracting(Quote::kind).containsExactly(QuoteKind.INDIRECT);
  }

  @Test
  void bodyOrDocumentOfAnActorSpeaksForIt() {
    QuoteFixture f =
        cast(
            "A Harbor Authority statement said the port would reopen on Monday.",
            "Harbor Authority inspectors said the crane was unsafe.");
    List<Quote> qs = quotes(f);
    assertThat(qs).hasSize(2);
    assertThat(qs).extracting(Quote::kind).containsOnly(QuoteKind.INDIRECT);
    assertThat(qs).extracting(Quote::speaker).containsOnly(PORT);
    assertThat(qs.get(1).span()).isEqualTo(f.span("the crane was unsafe"));
    assertThat(qs.get(1).speakerMention()).isEqualTo(f.nth("Harbor Authority", 2));
  }

  @Test
  void apposedNameAndAbbreviationBeforeTheVerbAreTheSpeaker() {
    QuoteFixture f =
        cast(
            "The ferry operator, Blue Line, announced that fares would rise in May.",
            "Blue Line (BL) announced that two routes would close.");
    List<Quote> qs = quotes(f);
    assertThat(qs).hasSize(2);
    assertThat(qs).extracting(Quote::speaker).containsExactly(FERRY, FERRY);
    assertThat(qs.get(0).span()).isEqualTo(f.span("fares would rise in May"));
    assertThat(qs.get(1).speakerMention()).isEqualTo(f.nth("Blue Line", 2));
  }

  @Test
  void roleWithNoActorKeepsTheCueButNoSpeaker() {
    QuoteFixture f =
        cast(
            "\"The pier is closed to the public,\" the Harbor Authority spokeswoman said.",
            "\"Nobody was hurt on the ferry,\" said the head of the rescue team.");
    List<Quote> qs = quotes(f);
    assertThat(qs).hasSize(2);
    assertThat(qs).extracting(Quote::speaker).containsOnlyNulls();
    assertThat(qs.get(0).cue()).isEqualTo(f.span("said"));
    assertThat(qs.get(1).cue()).isEqualTo(f.nth("said", 2));
    assertThat(qs).extracting(Quote::confidence).containsOnly(0.0);
  }

  @Test
  void personNamedAfterATitleWinsOverTheFirmInTheTitle() {
    QuoteFixture f =
        cast(
            "\"Fares will rise,\" said the firm's chief executive, Omar Haddad.",
            "\"Routes will close,\" said Blue Line manager Ann Lee.");
    assertThat(quotes(f)).extracting(Quote::speaker).containsExactly(HADDAD, LEE);
  }

  @Test
  void reportedClauseAfterAPlainNounIsAStatementWithAnUnknownSpeaker() {
    QuoteFixture f = cast("The company said that fares would rise in June.");
    List<Quote> qs = quotes(f);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(qs.get(0).span()).isEqualTo(f.span("fares would rise in June"));
    assertThat(qs.get(0).speaker()).isNull();
    assertThat(qs.get(0).cue()).isEqualTo(f.span("said"));
  }
}
