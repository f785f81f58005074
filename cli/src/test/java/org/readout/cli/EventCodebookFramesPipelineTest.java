package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Issue 8 (session 12): frames of roots 03-09 grown from the CAMEO codebook's descriptions, read
 * through the real tagger in the styles of wire, analysis and translated copy, and the main
 * predicate of a sentence over a participle that describes a noun. Every sentence is our own,
 * written for these tests.
 */
class EventCodebookFramesPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("frames", text);
  }

  @Test
  void agreeingToATruceIsTheIntentToDeEscalate() {
    String text = "Chile and Peru agreed to a ceasefire on Monday after a week of border clashes.";
    AnnotatedArticle doc = run(text);
    assertThat(EventSentences.triples(doc))
        .containsExactlyInAnyOrder("CHL>PER 0356", "PER>CHL 0356");
    assertThat(doc.events().get(0).span().start()).isEqualTo(0);
  }

  @Test
  void acceptingAProposalIsAgreeingToItWithTheOneWhoMadeIt() {
    AnnotatedArticle doc =
        run("Portugal accepted a proposal for settling its fishing dispute with Spain.");
    assertThat(EventSentences.triples(doc)).containsExactly("PRT>ESP 030");
  }

  @Test
  void raisingDiplomaticTiesIsRecognitionBothWays() {
    // Translated copy: "have upgraded their diplomatic ties to embassy level".
    AnnotatedArticle doc =
        run(
            "Norway and Sweden have upgraded their diplomatic ties to embassy level, officials said.");
    assertThat(EventSentences.triples(doc)).allMatch(t -> t.endsWith(" 054")).isNotEmpty();
    assertThat(doc.events()).extracting(Event::sourceCode).contains("NOR", "SWE");
  }

  @Test
  void lettingAidThroughIsAllowingItsDelivery() {
    AnnotatedArticle doc =
        run("Ghana opened the Unity Bridge to allow the delivery of food to Togo.");
    assertThat(EventSentences.triples(doc)).contains("GHA>TGO 0863");
  }

  @Test
  void aPromiseToLetRefugeesGoHomeIsAnIntentToYield() {
    AnnotatedArticle doc =
        run("Turkey will allow 5,000 Syrian refugees to return home under the deal.");
    assertThat(EventSentences.triples(doc)).containsExactly("TUR>SYRREF 035");
  }

  @Test
  void aPassiveInvestigationIsTheActOfTheStateWhereItHappened() {
    AnnotatedArticle doc =
        run("A Canadian citizen has been put under investigation in France for fraud.");
    assertThat(EventSentences.triples(doc)).containsExactly("FRA>CAN 090");
  }

  @Test
  void theMainVerbOutranksAParticipleDescribingANoun() {
    // "students calling for" is a reduced relative clause: the arrest is what the sentence reports.
    AnnotatedArticle doc =
        run(
            "Kenyan police arrested dozens of students calling for the resignation of the"
                + " president.");
    assertThat(doc.events()).extracting(Event::code).contains("173", "0241");
    assertThat(EventSentences.top(doc).code()).isEqualTo("173");
    assertThat(EventSentences.top(doc).sourceCode()).isEqualTo("KENCOP");
  }

  @Test
  void pressingForAnOutcomeIsAnAppealToWhoeverFollows() {
    // Analysis style: "is pushing hard for the United States to back ...".
    AnnotatedArticle doc =
        run("Britain is pushing hard for the United States to back its debt relief plan.");
    assertThat(EventSentences.triples(doc)).contains("GBR>USA 020");
  }

  @Test
  void aNounRightAfterALexicalVerbIsItsObjectNotAVerb() {
    // "reports aid agencies": "aid" is the object's modifier, no act of giving aid.
    AnnotatedArticle doc =
        run("Thousands of villagers face hunger this winter, reports aid agencies in Kabul.");
    assertThat(doc.events()).noneMatch(e -> e.code().startsWith("07"));
  }

  @Test
  void anUpperBoundOnTheCountIsStillTheObject() {
    // Wire copy: "will allow up to 8,000 ... refugees to return home".
    AnnotatedArticle doc =
        run("Turkey will allow up to 8,000 Syrian refugees to return home under the deal.");
    assertThat(EventSentences.triples(doc)).containsExactly("TUR>SYRREF 035");
  }
}
