package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.actor.ActorSentences.actorOn;
import static org.readout.core.actor.ActorSentences.codedOn;
import static org.readout.core.actor.ActorSentences.run;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;

/**
 * Session 14 actor classes: collective back-references to a list of states ({@link
 * CollectiveReferences}), the reporter's "our" in translated Asian copy ({@link OurSide}), a bare
 * "Korea" in a South Korean story about the North, and the Joint Chiefs of Staff as a military
 * body. Sentences written for this test in wire and translated styles.
 */
class CollectiveAndOwnSideTest {
  @Test
  void aCountedBackReferenceTakesTheListOfThatSize() {
    AnnotatedArticle doc =
        run(
            "Japan, South Korea and the United States held a summit on Friday. The three"
                + " countries agreed to widen missile defence cooperation.");
    Actor three = actorOn(doc, "The three countries");
    assertThat(three).isNotNull();
    assertThat(three.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(three.members()).containsExactly("country/JPN", "country/KOR", "country/USA");
  }

  @Test
  void alliesAndNeighboursWithoutACountTakeTheLatestList() {
    AnnotatedArticle doc =
        run(
            "Poland and Lithuania closed two border crossings on Tuesday. The neighbours accused"
                + " Belarus of pushing migrants across.");
    Actor neighbours = actorOn(doc, "The neighbours");
    assertThat(neighbours).isNotNull();
    assertThat(neighbours.members()).containsExactly("country/POL", "country/LTU");
    AnnotatedArticle allies =
        run(
            "Britain, France and Germany issued a joint statement. The allies condemned the missile"
                + " launch.");
    assertThat(actorOn(allies, "The allies").members())
        .containsExactly("country/GBR", "country/FRA", "country/DEU");
  }

  @Test
  void aCountThatNoListMatchesOrARestrictedSetIsLeftAlone() {
    AnnotatedArticle wrongCount =
        run("France and Germany signed the accord. The three countries will meet again in May.");
    assertThat(actorOn(wrongCount, "The three countries")).isNull();
    AnnotatedArticle restricted =
        run("France and Germany signed the accord. The countries of the region were not asked.");
    assertThat(actorOn(restricted, "The countries")).isNull();
    AnnotatedArticle tooFar =
        run(
            "France and Germany signed the accord. Rain fell. Markets rose. Prices fell. Shops"
                + " shut. The allies met again.");
    assertThat(actorOn(tooFar, "The allies")).isNull();
  }

  @Test
  void bothGovernmentsIsTheListNotOneGovernment() {
    AnnotatedArticle doc =
        run(
            "TOKYO (Wire) - South Korea and Japan signed an intelligence pact on Monday. Both"
                + " governments welcomed the deal.");
    Actor both = actorOn(doc, "Both governments");
    assertThat(both).isNotNull();
    assertThat(both.members()).containsExactly("country/KOR", "country/JPN");
    assertThat(doc.actor("government/JPN")).isNull();
  }

  @Test
  void ourBodiesInTheNarrationAreTheOutletsCountry() {
    AnnotatedArticle korean =
        run(
            "SEOUL, June 2 (Yonhap) -- The Joint Chiefs of Staff said our military is tracking"
                + " the launch. Our government strongly condemned the provocation.");
    codedOn(korean, "The Joint Chiefs of Staff", "KORMIL");
    codedOn(korean, "military", "KORMIL");
    codedOn(korean, "government", "KORGOV");
    // A month in the dateline is no person ("May" is also Theresa May's short name).
    AnnotatedArticle chinese =
        run("BEIJING, May 5 (Xinhua) -- Our government firmly opposes the new tariffs.");
    codedOn(chinese, "government", "CHNGOV");
    AnnotatedArticle wire = run("BEIJING, May 5 (Wire) - The government condemned the tariffs.");
    codedOn(wire, "The government", "CHNGOV");
    AnnotatedArticle quoted =
        run(
            "SEOUL, June 2 (Wire) - \"Our military will answer any attack,\" a Japanese general"
                + " told reporters.");
    Actor military = actorOn(quoted, "military");
    assertThat(military == null ? null : military.code()).isNotEqualTo("KORMIL");
  }

  @Test
  void aBareKoreaInASouthKoreanStoryAboutTheNorthIsTheSouth() {
    String text =
        "SEOUL, June 2 (Yonhap) -- North Korea fired artillery shells near the border on"
            + " Sunday. Korea and Japan agreed to share missile warning data.";
    AnnotatedArticle doc = run(text);
    int bare = text.indexOf("Korea and Japan");
    assertThat(doc.actor("country/KOR").mentions()).anyMatch(m -> m.span().start() == bare);
    assertThat(doc.actor("country/PRK").mentions()).noneMatch(m -> m.span().start() == bare);
  }
}
