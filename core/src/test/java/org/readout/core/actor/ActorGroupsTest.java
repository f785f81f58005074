package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.actor.ActorSentences.actorOn;
import static org.readout.core.actor.ActorSentences.codedOn;
import static org.readout.core.actor.ActorSentences.run;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;

/**
 * Ethnic and religious groups, nationality + agent nouns, a bare "Korea" and appositions with "of
 * X" get a country and an agent (issue 8, "No actor code, so no event"), over the bundled
 * dictionary. The sentences are written for this test.
 */
class ActorGroupsTest {
  @Test
  void aNationalityBeforeAGroupNounNamesTheCountry() {
    AnnotatedArticle doc = run("Thousands of Iraqi Kurds marched on Monday.");
    Actor kurds = codedOn(doc, "Iraqi Kurds", "IRQCVL");
    assertThat(kurds.id()).isEqualTo("group/IRQCVL@kurds");
    assertThat(kurds.country()).isEqualTo("IRQ");
    assertThat(doc.actor("country/IRQ")).as("the nationality belongs to the group").isNull();
  }

  @Test
  void aGroupWordBeforeARoleQualifiesTheRole() {
    AnnotatedArticle doc =
        run("Ankara will let Turkish Kurd refugees go home. Hutu rebels ambushed a convoy.");
    codedOn(doc, "Turkish Kurd refugees", "TURREF");
    // Burundi is the first home of the Hutu in the table, and the article names no other.
    Actor hutu = codedOn(doc, "Hutu rebels", "BDIREB");
    assertThat(hutu.id()).isEqualTo("group/BDIREB@hutu");
  }

  @Test
  void theArticlesCountriesChooseAmongAGroupsHomes() {
    AnnotatedArticle syria =
        run(
            "Kurdish fighters attacked a checkpoint on Sunday. The Syrian army said Syria would"
                + " respond.");
    codedOn(syria, "Kurdish fighters", "SYRREB");
    AnnotatedArticle none = run("Kurdish fighters attacked a checkpoint on Sunday.");
    codedOn(none, "Kurdish fighters", "TURREB");
    AnnotatedArticle in = run("Kurds in Iran protested against the verdict.");
    codedOn(in, "Kurds", "IRNCVL");
  }

  @Test
  void groupNounsStandAloneAsCivilians() {
    AnnotatedArticle doc = run("The Rohingya fled across the border, and Uighurs were detained.");
    Actor rohingya = codedOn(doc, "The Rohingya", "MMRCVL");
    assertThat(rohingya.role()).isEqualTo("civilians");
    codedOn(doc, "Uighurs", "CHNCVL");
  }

  @Test
  void aFaithWithoutHomesKeepsTheRoleAlone() {
    AnnotatedArticle doc = run("Sunni militants attacked a mosque, and Christians fled the town.");
    Actor militants = codedOn(doc, "Sunni militants", "REB");
    assertThat(militants.country()).isNull();
    assertThat(militants.id()).isEqualTo("group/REB@sunnis");
    codedOn(doc, "Christians", "CVL");
  }

  @Test
  void aFaithsLeadersAreClergyOfTheNationalityBeforeThem() {
    AnnotatedArticle doc = run("Palestinian Christian leaders rejected the decision on Sunday.");
    Actor leaders = codedOn(doc, "Palestinian Christian leaders", "PSEREL");
    assertThat(leaders.country()).isEqualTo("PSE");
  }

  @Test
  void aGroupWordThatBeginsAPersonsNameIsTheName() {
    AnnotatedArticle doc = run("Christian Hallberg said on Monday that talks had failed.");
    Actor person = actorOn(doc, "Christian Hallberg");
    assertThat(person).isNotNull();
    assertThat(person.kind()).isEqualTo(org.readout.core.model.ActorKind.PERSON);
  }

  @Test
  void nationalityAndAgentNounGiveCountryAndAgent() {
    AnnotatedArticle doc =
        run(
            "Swiss doctors treated the wounded. Pakistani tribesmen blocked the road. Israeli"
                + " settlers torched a car. Iranian clerics denounced the plan. Kenyan teachers went"
                + " on strike. Nigerian herdsmen clashed with farmers. Chinese fishermen were"
                + " detained.");
    codedOn(doc, "Swiss doctors", "CHEHLH");
    codedOn(doc, "Pakistani tribesmen", "PAKCVL");
    codedOn(doc, "Israeli settlers", "ISRCVL");
    codedOn(doc, "Iranian clerics", "IRNREL");
    codedOn(doc, "Kenyan teachers", "KENEDU");
    codedOn(doc, "Nigerian herdsmen", "NGAAGR");
    codedOn(doc, "Chinese fishermen", "CHNCVL");
  }

  @Test
  void aBareKoreaIsTheKoreaTheArticleNames() {
    AnnotatedArticle north =
        run("North Korea fired a missile on Monday. Korea said the test was a success.");
    int bare = north.text().indexOf("Korea said");
    assertThat(
            north.actor("country/PRK").mentions().stream().anyMatch(m -> m.span().start() == bare))
        .isTrue();
    AnnotatedArticle south =
        run("Seoul hosted the talks. South Korean diplomats said Korea would sign.");
    int bareSouth = south.text().indexOf("Korea would");
    assertThat(
            south.actor("country/KOR").mentions().stream()
                .anyMatch(m -> m.span().start() == bareSouth))
        .isTrue();
    AnnotatedArticle alone = run("Korean troops joined the exercise.");
    codedOn(alone, "Korean troops", "KORMIL");
  }

  @Test
  void theNorthAndTheSouthAreTheKoreasInAKoreaStory() {
    String text =
        "South Korean officials said the North fired a missile. The South protested, and ships"
            + " sailed into the South China Sea.";
    AnnotatedArticle doc = run(text);
    int north = text.indexOf("North");
    assertThat(doc.actor("country/PRK").mentions()).anyMatch(m -> m.span().start() == north);
    int south = text.indexOf("South protested");
    assertThat(doc.actor("country/KOR").mentions()).anyMatch(m -> m.span().start() == south);
    int sea = text.indexOf("South China");
    assertThat(doc.actor("country/KOR").mentions()).noneMatch(m -> m.span().start() == sea);
    AnnotatedArticle other = run("Storms hit the North on Monday, and the South stayed dry.");
    assertThat(other.actor("country/PRK")).isNull();
    assertThat(other.actor("country/KOR")).isNull();
  }

  @Test
  void anAppositionWithOfXGivesThePersonsCountryAndRole() {
    AnnotatedArticle doc =
        run(
            "Amara Diallo, the foreign minister of Chad, arrived on Monday. Jonas Berglund,"
                + " the Norwegian defence chief, met him.");
    Actor diallo = codedOn(doc, "Amara Diallo", "TCDGOV");
    assertThat(diallo.role()).isEqualTo("foreign minister");
    Actor berglund = codedOn(doc, "Jonas Berglund", "NORMIL");
    assertThat(berglund.country()).isEqualTo("NOR");
  }
}
