package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.actor.ActorSentences.codedOn;
import static org.readout.core.actor.ActorSentences.run;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;

/**
 * Generic agents coded from the article around them (issue 8, "Generic agents still without a
 * country", "Wrong institution or country"): the dateline's or the article's country for an
 * unqualified army or police, a definite back-reference to the body named before, a spokesperson's
 * principal, the followers of a person, and forces a nation or a people leads. The sentences are
 * written for this test.
 */
class ArticleContextAgentsTest {
  @Test
  void theDatelineGivesAnUnqualifiedArmyAndPoliceTheirCountry() {
    AnnotatedArticle doc =
        run(
            "KARACHI, Pakistan (Wire) — The army said on Sunday it had killed 14 insurgents near"
                + " the border. Police detained two suspects in the city.");
    assertThat(codedOn(doc, "The army", "PAKMIL").country()).isEqualTo("PAK");
    codedOn(doc, "Police", "PAKCOP");
    // Insurgents can come from anywhere: the dateline does not make them Pakistan's.
    codedOn(doc, "insurgents", "REB");
  }

  @Test
  void aDatelineWithADateStillNamesItsCountry() {
    AnnotatedArticle doc =
        run(
            "NAIROBI, March 4 (Wire) -- The military said it was sending more troops north. The"
                + " court adjourned the case.");
    codedOn(doc, "The military", "KENMIL");
    codedOn(doc, "The court", "KENJUD");
  }

  @Test
  void translatedDatelinesWithTheDayGiveTheirCountryToo() {
    // Korean and Chinese outlets in English date their lead "on the 3rd" and put a date in the
    // dateline; the capital is the seat of government.
    AnnotatedArticle korean =
        run(
            "Seoul, Oct. 3 (Agency) -- The military said on the 3rd that it had raised its"
                + " readiness posture.");
    codedOn(korean, "The military", "KORMIL");
    AnnotatedArticle chinese =
        run(
            "BEIJING, May 6 (Agency) -- The court sentenced two men on Monday, the police in"
                + " the city said.");
    codedOn(chinese, "The court", "CHNJUD");
  }

  @Test
  void withoutADatelineTheCountryTheStoryIsAboutGivesItsArmyAndAircraft() {
    AnnotatedArticle doc =
        run(
            "Sudan has seen a year of war. Aid groups in Sudan say the fighting in Darfur has"
                + " worsened. A market was shelled by the army on Tuesday. Warplanes struck a"
                + " camp near the Chad border, residents said.");
    codedOn(doc, "the army", "SDNMIL");
    codedOn(doc, "Warplanes", "SDNMIL");
  }

  @Test
  void twoCountriesNamedAlikeGiveNoArmyACountry() {
    AnnotatedArticle doc =
        run(
            "Fighting between Armenia and Azerbaijan resumed overnight. The army said two"
                + " soldiers had been wounded.");
    assertThat(codedOn(doc, "The army", "MIL").country()).isNull();
  }

  @Test
  void aDefiniteRoleWordRefersBackToTheBodyNamedBefore() {
    AnnotatedArticle doc =
        run(
            "THE HAGUE, Netherlands (Wire) — The International Criminal Court opened an inquiry"
                + " into the killings. The court also summoned two commanders.");
    Actor icc = codedOn(doc, "The court", "IGOICC");
    assertThat(icc.mentions()).hasSize(2);
  }

  @Test
  void aNamedSpokespersonSpeaksForThePrincipal() {
    AnnotatedArticle doc =
        run(
            "A spokesman for the Taliban government, Abdul Qadir, rejected the report."
                + " Maria Santos, a spokeswoman for Amnesty International, criticised the"
                + " verdict.");
    Actor qadir = codedOn(doc, "Abdul Qadir", "AFGREB");
    assertThat(qadir.country()).isEqualTo("AFG");
    codedOn(doc, "Maria Santos", "NGOAMN");
  }

  @Test
  void supportersOfAFormerLeaderAreHisCountrysOpposition() {
    AnnotatedArticle doc =
        run("In a show of anger, supporters of Pedro Castillo blocked roads in the south.");
    codedOn(doc, "supporters of Pedro Castillo", "PEROPP");
    AnnotatedArticle his =
        run("Pedro Castillo was removed from office in 2022. His supporters marched in Lima.");
    codedOn(his, "supporters", "PEROPP");
    // Whose supporters a bare "supporters" are, the phrase does not say: no actor.
    assertThat(
            ActorSentences.actorOn(
                run("The party called supporters onto the streets."), "supporters"))
        .isNull();
  }

  @Test
  void forcesANationLeadsAreItsOwnAndForcesAPeopleLeadsAreAnArmedGroup() {
    AnnotatedArticle doc =
        run(
            "Vietnamese-led forces captured the town. Kurdish-led forces in northeastern Syria"
                + " detained dozens of men.");
    assertThat(codedOn(doc, "Vietnamese-led forces", "VNMMIL").country()).isEqualTo("VNM");
    codedOn(doc, "Kurdish-led forces", "SYRREB");
    // The nationality is the leader's, not a mention of Vietnam.
    assertThat(doc.actor("country/VNM")).isNull();
  }

  @Test
  void directionsBeforeACountryInAnInPhraseKeepTheCountry() {
    AnnotatedArticle doc = run("Riot police in northern Kenya fired tear gas at herders.");
    codedOn(doc, "police", "KENCOP");
  }
}
