package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * The classes of issue 8 (events on real news) through the standard pipeline: generic agents with
 * countries, domestic events, reported versus asserted events, light verbs and noun events,
 * translated word order and passive voice. The articles are our own, written for these tests.
 */
class EventRealNewsPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("news", text);
  }

  private static Event only(AnnotatedArticle doc, String code) {
    List<Event> found = doc.events().stream().filter(e -> e.code().equals(code)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void genericAgentsTakeTheCountryOfAnInOrOfPhrase() {
    String text = "Riot police in Nairobi arrested dozens of students on Tuesday.";
    AnnotatedArticle doc = run(text);
    Event arrest = only(doc, "173");
    assertThat(arrest.sourceCode()).isEqualTo("KENCOP");
    assertThat(arrest.targetCode()).isEqualTo("KENEDU"); // students of the domestic side's country
    assertThat(arrest.span().start()).isEqualTo(text.indexOf("police"));
    assertThat(arrest.span().end()).isEqualTo(text.indexOf(" on Tuesday"));

    AnnotatedArticle court = run("A court in Peru sentenced a former governor to six years.");
    assertThat(EventSentences.triples(court)).containsExactly("PERJUD>- 116");
  }

  @Test
  void officeHoldersWithoutNamesAreCodedByTheirCountry() {
    String text = "Taiwan's vice foreign minister visited Japan on Monday.";
    AnnotatedArticle doc = run(text);
    assertThat(EventSentences.triples(doc))
        .containsExactlyInAnyOrder("TWNGOV>JPN 042", "JPN>TWNGOV 043");
    assertThat(only(doc, "042").span().start()).isZero();
    // A titled name the dictionary lacks still has the title's country.
    assertThat(run("Iraqi President Saddam Hussein arrived in Amman on Wednesday.").events())
        .filteredOn(e -> e.code().equals("042"))
        .singleElement()
        .satisfies(e -> assertThat(e.sourceCode()).startsWith("IRQ"))
        .satisfies(e -> assertThat(e.targetCode()).isEqualTo("JORGOV"));
  }

  @Test
  void aCountrylessInstitutionTakesTheArticlesCountry() {
    AnnotatedArticle doc =
        run(
            "Uganda's electoral commission postponed the vote. "
                + "The court sentenced two opposition leaders to prison.");
    // "two opposition leaders" is a role group now: a domestic event, court against opposition.
    assertThat(EventSentences.triples(doc)).contains("UGAJUD>UGAOPP 116");
  }

  @Test
  void domesticProtestsAndArrestsKeepBothSidesOfOneCountry() {
    String text = "Thousands of Chileans marched in Santiago on Saturday.";
    AnnotatedArticle doc = run(text);
    Event march = only(doc, "141");
    assertThat(march.sourceCode()).isEqualTo("CHL"); // "thousands of": the Chileans marched
    assertThat(march.targetCode()).startsWith("CHL");
    assertThat(march.span().start()).isEqualTo(text.indexOf("Chileans"));
  }

  @Test
  void aClaimIsAnAccusationNotTheActItAlleges() {
    String text = "Iran claimed that Israel had struck its embassy in Damascus.";
    AnnotatedArticle doc = run(text);
    assertThat(EventSentences.triples(doc)).containsExactly("IRN>ISR 1123");
    assertThat(only(doc, "1123").span())
        .matches(s -> s.start() == 0 && s.end() > text.indexOf("struck"));
  }

  @Test
  void anAssertedReportKeepsTheActAndADenialDropsIt() {
    AnnotatedArticle asserted =
        run("Officials in Seoul said North Korea attacked a South Korean patrol boat.");
    assertThat(EventSentences.triples(asserted)).contains("PRK>KOR 190");
    AnnotatedArticle denied =
        run("Azerbaijan denied that its troops had shelled Armenian villages.");
    assertThat(EventSentences.triples(denied)).noneMatch(e -> e.endsWith(" 194"));
  }

  @Test
  void sayingThatAnotherMustActIsADemand() {
    String text = "Brazil said on Friday that Paraguay must reopen the border bridge.";
    AnnotatedArticle doc = run(text);
    Event demand = only(doc, "100");
    assertThat(demand.sourceCode()).isEqualTo("BRA");
    assertThat(demand.targetCode()).isEqualTo("PRY");
    assertThat(demand.span().end()).isEqualTo(text.indexOf(" reopen"));
  }

  @Test
  void lightVerbsAndIntentsWithoutAKnownPredicate() {
    assertThat(
            EventSentences.triples(
                run(
                    "Israeli jets carried out strikes on Hezbollah positions in southern Lebanon.")))
        .contains("ISR>LBNREB 190");
    // "agreed to" over a predicate the dictionary does not know is still an intent to cooperate.
    assertThat(
            EventSentences.triples(
                run("Jordan and Morocco agreed to set up a joint trade committee.")))
        .containsExactlyInAnyOrder("JOR>MAR 030", "MAR>JOR 030");
    // A plan commits to nothing.
    assertThat(
            EventSentences.triples(run("Jordan plans to set up a trade committee with Morocco.")))
        .isEmpty();
  }

  @Test
  void aDateBetweenVerbAndObjectAsTranslatedCopyPutsIt() {
    String text = "Colombia lifted on Sunday a night curfew in Bogota.";
    Event lifted = only(run(text), "0813");
    assertThat(lifted.sourceCode()).isEqualTo("COL");
    assertThat(lifted.span().start()).isZero();
    assertThat(lifted.span().end()).isGreaterThanOrEqualTo(text.indexOf(" in Bogota"));
  }

  @Test
  void passiveVoiceWithAnAgentAndIrregularFighters() {
    String text = "Two Nigerian soldiers were abducted by gunmen on Monday.";
    Event abduction = only(run(text), "181");
    assertThat(abduction.sourceCode()).isEqualTo("REB");
    assertThat(abduction.targetCode()).isEqualTo("NGAMIL");
    // Gunmen who kill use unconventional violence (18), not a state's military force (19).
    assertThat(EventSentences.triples(run("Gunmen killed three Nigerian soldiers on Monday.")))
        .contains("REB>NGAMIL 180");
  }
}
