package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.actor.ActorSentences.actorOn;
import static org.readout.core.actor.ActorSentences.codedOn;
import static org.readout.core.actor.ActorSentences.run;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
  /**
   * The actor on {@code phrase} takes {@code code}; when {@code checkCountry}, its country is
   * {@code country} (null: none).
   */
  record Coded(String phrase, String code, boolean checkCountry, @Nullable String country) {
    @Override
    public String toString() {
      return phrase + "=" + code + (checkCountry ? "@" + country : "");
    }
  }

  private static Coded coded(String phrase, String code) {
    return new Coded(phrase, code, false, null);
  }

  private static Coded coded(String phrase, String code, @Nullable String country) {
    return new Coded(phrase, code, true, country);
  }

  private static Arguments article(String behaviour, String text, Coded... expected) {
    return Arguments.of(behaviour, text, List.of(expected));
  }

  static Stream<Arguments> articles() {
    return Stream.of(
        article(
            // Insurgents can come from anywhere: the dateline does not make them Pakistan's.
            "the dateline gives an unqualified army and police their country",
            "KARACHI, Pakistan (Wire) — The army said on Sunday it had killed 14 insurgents near"
                + " the border. Police detained two suspects in the city.",
            coded("The army", "PAKMIL", "PAK"),
            coded("Police", "PAKCOP"),
            coded("insurgents", "REB")),
        article(
            "a dateline with a date still names its country",
            "NAIROBI, March 4 (Wire) -- The military said it was sending more troops north. The"
                + " court adjourned the case.",
            coded("The military", "KENMIL"),
            coded("The court", "KENJUD")),
        // Korean and Chinese outlets in English date their lead "on the 3rd" and put a date in the
        // dateline; the capital is the seat of government.
        article(
            "a translated dateline with the day gives its country (Seoul)",
            "Seoul, Oct. 3 (Agency) -- The military said on the 3rd that it had raised its"
                + " readiness posture.",
            coded("The military", "KORMIL")),
        article(
            "a translated dateline with the day gives its country (Beijing)",
            "BEIJING, May 6 (Agency) -- The court sentenced two men on Monday, the police in"
                + " the city said.",
            coded("The court", "CHNJUD")),
        article(
            "without a dateline the country the story is about gives its army and aircraft",
            "Sudan has seen a year of war. Aid groups in Sudan say the fighting in Darfur has"
                + " worsened. A market was shelled by the army on Tuesday. Warplanes struck a"
                + " camp near the Chad border, residents said.",
            coded("the army", "SDNMIL"),
            coded("Warplanes", "SDNMIL")),
        article(
            "two countries named alike give no army a country",
            "Fighting between Armenia and Azerbaijan resumed overnight. The army said two"
                + " soldiers had been wounded.",
            coded("The army", "MIL", null)),
        article(
            "a named spokesperson speaks for the principal",
            "A spokesman for the Taliban government, Abdul Qadir, rejected the report."
                + " Maria Santos, a spokeswoman for Amnesty International, criticised the"
                + " verdict.",
            coded("Abdul Qadir", "AFGREB", "AFG"),
            coded("Maria Santos", "NGOAMN")),
        article(
            "supporters of a former leader are his country's opposition",
            "In a show of anger, supporters of Pedro Castillo blocked roads in the south.",
            coded("supporters of Pedro Castillo", "PEROPP")),
        article(
            "a possessive pronoun's supporters are its person's country's opposition",
            "Pedro Castillo was removed from office in 2022. His supporters marched in Lima.",
            coded("supporters", "PEROPP")),
        article(
            "directions before a country in an in-phrase keep the country",
            "Riot police in northern Kenya fired tear gas at herders.",
            coded("police", "KENCOP")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void theArticleAroundAGenericAgentGivesItsCode(
      String behaviour, String text, List<Coded> expected) {
    AnnotatedArticle doc = run(text);
    for (Coded c : expected) {
      Actor a = codedOn(doc, c.phrase(), c.code());
      if (c.checkCountry()) {
        assertThat(a.country()).as("country of '%s'", c.phrase()).isEqualTo(c.country());
      }
    }
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
  void bareSupportersAreNoActor() {
    // Whose supporters a bare "supporters" are, the phrase does not say: no actor.
    assertThat(actorOn(run("The party called supporters onto the streets."), "supporters"))
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
}
