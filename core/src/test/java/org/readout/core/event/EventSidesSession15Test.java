package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventFixtures.article;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Sides and roots of events whose participants the actor stage leaves without a country or without
 * an actor at all (issue 8, session 15): strikes whose state the article never names, victims and
 * irregular fighters of armed force, bombs as the agent of a killing, judges acting at home.
 * Sentences written for these tests about invented countries, Valdoria (VAL) and Kestria (KES).
 */
class EventSidesSession15Test {
  @Test
  void countrylessVictimsOfForceAreOfThePlaceWhereTheyWereKilled() {
    String text = "Valdorian police killed four villagers in a raid in southern Kestria.";
    AnnotatedArticle doc =
        article(text)
            .actor("police/VAL", ActorKind.ORGANIZATION, "VALCOP", "VAL", "Valdorian police")
            .actor("group/villagers", ActorKind.GROUP, "CVL", null, "four villagers")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    Event e = doc.events().get(0);
    assertThat(e.code()).isEqualTo("190");
    assertThat(e.targetCode()).isEqualTo("KESCVL");
    assertThat(e.sourceCode()).isEqualTo("VALCOP");
  }

  @Test
  void countrylessGunmenAreOfThePlaceTheyAttackIn() {
    String text = "Rebels attacked a convoy of Valdorian soldiers near the border of Kestria.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/rebels", ActorKind.GROUP, "REB", null, "Rebels")
            .actor("group/soldiers", ActorKind.GROUP, "VALMIL", "VAL", "Valdorian soldiers")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertThat(doc.events()).extracting(Event::sourceCode).contains("KESREB");
  }

  @Test
  void victimsOfForceWithoutAPlaceKeepTheirBareCode() {
    String text = "Valdorian police killed four villagers on Monday.";
    AnnotatedArticle doc =
        article(text)
            .actor("police/VAL", ActorKind.ORGANIZATION, "VALCOP", "VAL", "Valdorian police")
            .actor("group/villagers", ActorKind.GROUP, "CVL", null, "four villagers")
            .coded();
    assertThat(doc.events()).extracting(Event::targetCode).containsExactly("CVL");
  }

  @Test
  void soldiersKilledByARoadsideBombAreARoadsideBombingFromThePlace() {
    String text = "Two Valdorian soldiers were killed by a roadside bomb in Kestria on Sunday.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/soldiers", ActorKind.GROUP, "VALMIL", "VAL", "Two Valdorian soldiers")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertThat(describe(doc)).containsExactly("country/KES>group/soldiers 1833");
  }

  @Test
  void peopleWoundedByAnExplosionAreABombing() {
    String text = "Five Valdorian pilgrims were wounded by an explosion near Kestria on Friday.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/pilgrims", ActorKind.GROUP, "VALCVL", "VAL", "Five Valdorian pilgrims")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertThat(describe(doc)).containsExactly("country/KES>group/pilgrims 183");
  }

  @Test
  void aCountrylessJudgeActingOnTheStateIsItsOwn() {
    String text =
        "Judge Ana Roz opened an inquiry into 12 Valdorian government officials. Valdoria"
            + " denied wrongdoing. Valdoria said the officials would cooperate.";
    AnnotatedArticle doc =
        article(text)
            .person("person/roz", "judge", "Judge Ana Roz")
            .actor(
                "government/VAL",
                ActorKind.ORGANIZATION,
                "VALGOV",
                "VAL",
                "Valdorian government officials")
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
            .coded();
    Event e = doc.events().get(0);
    assertThat(e.code()).startsWith("09");
    assertThat(e.sourceCode()).isEqualTo("VAL");
  }

  @Test
  void aComplaintToABodyOverAnActDisapprovesOfTheActsAuthor() {
    String text =
        "Valdoria complained to the United Nations on Tuesday over two Kestrian air raids.";
    AnnotatedArticle doc =
        article(text)
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
            .actor("igo/un", ActorKind.ORGANIZATION, "IGOUNO", null, "United Nations")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestrian")
            .coded();
    assertThat(describe(doc))
        .contains("country/VAL>country/KES 114")
        .doesNotContain("country/VAL>igo/un 114");
  }

  @Test
  void aComplaintToABodyWithoutAnActStaysWithTheBody() {
    String text = "Valdoria complained to the United Nations on Tuesday.";
    AnnotatedArticle doc =
        article(text)
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
            .actor("igo/un", ActorKind.ORGANIZATION, "IGOUNO", null, "United Nations")
            .coded();
    assertThat(describe(doc)).containsExactly("country/VAL>igo/un 114");
  }

  @Test
  void aTrailingUnmarkedSpeakerIsNoActorOfTheReportedClause() {
    String text =
        "Valdorian officials are failing to protect Kestrian refugees, a rights group protested"
            + " on Monday.";
    AnnotatedArticle doc =
        article(text)
            .actor("government/VAL", ActorKind.ORGANIZATION, "VALGOV", "VAL", "Valdorian officials")
            .actor("group/refugees", ActorKind.GROUP, "KESREF", "KES", "Kestrian refugees")
            .coded();
    assertThat(describe(doc)).noneMatch(d -> d.startsWith("group/refugees>"));
  }

  @Test
  void aSubjectWithAnAppositionStillActs() {
    String text = "Kestria, the largest of the islands, protested against the Valdorian plan.";
    AnnotatedArticle doc =
        article(text)
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdorian")
            .coded();
    assertThat(describe(doc)).allMatch(d -> d.startsWith("country/KES>"));
  }

  @Test
  void aStrikeOnADayIsNoAttackOnAnyone() {
    String text =
        "The Kestrian Miners' Union stopped work on the first day of a strike on Monday over a"
            + " bill of Valdoria.";
    AnnotatedArticle doc =
        article(text)
            .actor(
                "union/miners", ActorKind.ORGANIZATION, "KESLAB", "KES", "Kestrian Miners' Union")
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria")
            .time("Monday", "2024-03-11")
            .coded();
    assertThat(doc.events()).extracting(Event::rootCode).doesNotContain("19", "18");
  }

  @Test
  void anAttackOnADayOnATargetIsStillAnAttack() {
    String text = "Kestrian jets carried out strikes on Monday on Valdorian positions.";
    AnnotatedArticle doc =
        article(text)
            .actor("military/KES", ActorKind.ORGANIZATION, "KESMIL", "KES", "Kestrian jets")
            .actor("country/VAL", ActorKind.COUNTRY, "VAL", "VAL", "Valdorian")
            .time("Monday", "2024-03-11")
            .coded();
    assertThat(describe(doc)).contains("military/KES>country/VAL 190");
  }

  @Test
  void aCarBombThatKillsIsABombingFromThePlaceItWentOff() {
    String text = "A car bomb killed three Valdorian soldiers in Kestria on Friday.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/soldiers", ActorKind.GROUP, "VALMIL", "VAL", "three Valdorian soldiers")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertThat(describe(doc)).containsExactly("country/KES>group/soldiers 1832");
  }

  @Test
  void aRoadsideBombingNearAPlaceIsARoadsideBombing() {
    String text = "A roadside bombing near Kestria on Sunday killed one Valdorian soldier.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/soldier", ActorKind.GROUP, "VALMIL", "VAL", "one Valdorian soldier")
            .actor("country/KES", ActorKind.COUNTRY, "KES", "KES", "Kestria")
            .coded();
    assertThat(describe(doc)).containsExactly("country/KES>group/soldier 1833");
  }

  @Test
  void aBombWithoutAPlaceGivesNoSource() {
    String text = "A car bomb killed three Valdorian soldiers on Friday.";
    AnnotatedArticle doc =
        article(text)
            .actor("group/soldiers", ActorKind.GROUP, "VALMIL", "VAL", "three Valdorian soldiers")
            .coded();
    assertThat(doc.events()).isEmpty();
  }
}
