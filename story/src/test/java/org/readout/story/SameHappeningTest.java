package org.readout.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.story.StoryAssignerTest.consult;
import static org.readout.story.StoryAssignerTest.doc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameHappeningTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
  private final SameHappening decision = new SameHappening();

  @Test
  void linkIsTheSameWhicheverArticleComesFirst() {
    StoryFeatures a = doc("b", "xi putin call energy", consult("CHNGOV", "RUSGOV", DAY));
    StoryFeatures b = doc("a", "putin xi call grain", consult("RUSGOV", "CHNGOV", DAY));
    assertThat(decision.link(a, b)).isEqualTo(decision.link(b, a));
    Link link = decision.link(a, b).orElseThrow();
    assertThat(link.first()).isEqualTo("a");
    assertThat(link.exact()).isTrue();
    assertThat(link.shared()).containsExactly(consult("RUSGOV", "CHNGOV", DAY));
  }

  @Test
  void aRetrospectiveMentionWithAnOldDateDoesNotLink() {
    StoryFeatures today = doc("t", "xi putin summit kazan", consult("CHNGOV", "RUSGOV", DAY));
    StoryFeatures old =
        doc("o", "xi putin summit kazan", consult("CHNGOV", "RUSGOV", DAY.minusYears(1)));
    assertThat(decision.link(today, old)).isEmpty();
  }

  @Test
  void aNearbyDayNeedsAStrongerLeadMatch() {
    StoryFeatures a =
        doc("a", "xi putin call energy trade kremlin", consult("CHNGOV", "RUSGOV", DAY));
    StoryFeatures weak =
        doc(
            "w",
            "xi ports tariff shipping steel quota",
            consult("CHNGOV", "RUSGOV", DAY.plusDays(1)));
    StoryFeatures strong =
        doc(
            "s",
            "xi putin call energy trade kremlin",
            consult("CHNGOV", "RUSGOV", DAY.plusDays(1)));
    assertThat(decision.link(a, weak)).isEmpty();
    assertThat(decision.link(a, strong)).isPresent();
  }

  private static final StoryPlace KYIV = new StoryPlace("city", "UKR", "UA12", "Kyiv");
  private static final StoryPlace ODESA = new StoryPlace("city", "UKR", "UA18", "Odesa");

  private static StoryFeatures at(String id, String lead, Happening h, StoryPlace... places) {
    StoryFeatures f = doc(id, lead, h);
    return new StoryFeatures(
        f.document(),
        f.outlet(),
        f.published(),
        f.happenings(),
        f.lead(),
        places.length == 0 ? Map.of() : Map.of(h, Set.of(places)));
  }

  private static Happening strike(LocalDate day) {
    return new Happening("RUSMIL", "UKR", "19", day);
  }

  @Test
  void twoCitiesOnOneDayAreTwoHappeningsDespiteAlikeLeads() {
    String lead = "russian drones struck overnight wounding ";
    StoryFeatures kyiv = at("k", lead + "capital apartment district rescue", strike(DAY), KYIV);
    StoryFeatures odesa = at("o", lead + "port warehouses grain terminal", strike(DAY), ODESA);
    StoryFeatures unplaced = at("u", lead + "city apartment district fire", strike(DAY));
    assertThat(decision.link(kyiv, odesa)).isEmpty();
    // Without a place on one side, nothing speaks against the link.
    Link link = decision.link(kyiv, unplaced).orElseThrow();
    assertThat(link.placeConflict()).isFalse();
    assertThat(link.samePlaces()).isEmpty();
    // With places never counted against, the leads alone link them.
    assertThat(new SameHappening(0.06, 0.15, 2.0).link(kyiv, odesa)).isEmpty();
    assertThat(new SameHappening(0.06, 0.15, 0.0).link(kyiv, odesa)).isPresent();
  }

  @Test
  void theSamePlaceIsShownAndLetsANearbyDayLinkOnTheWeakerLeadMatch() {
    StoryFeatures a = at("a", "missile strike capital apartment block rescue", strike(DAY), KYIV);
    StoryFeatures b =
        at("b", "strike capital ministry factories precision", strike(DAY.plusDays(1)), KYIV);
    StoryFeatures c =
        at("c", "strike capital ministry factories precision", strike(DAY.plusDays(1)));
    Link link = decision.link(a, b).orElseThrow();
    assertThat(link.samePlaces()).containsExactly(KYIV);
    assertThat(link.exact()).isFalse();
    assertThat(decision.link(a, c)).isEmpty();
  }

  @Test
  void aCityIsCompatibleWithItsRegionAndCountryButNotWithAnotherCity() {
    StoryPlace oblast = new StoryPlace("region", "UKR", "UA12", "Kyiv Oblast");
    StoryPlace ukraine = new StoryPlace("country", "UKR", null, "Ukraine");
    StoryPlace london = new StoryPlace("city", "GBR", "GBENG", "London");
    StoryPlace downing = new StoryPlace("landmark", "GBR", "GBENG", "Downing Street");
    assertThat(KYIV.conflicts(oblast)).isFalse();
    assertThat(KYIV.conflicts(ukraine)).isFalse();
    assertThat(KYIV.conflicts(ODESA)).isTrue();
    assertThat(KYIV.conflicts(london)).isTrue();
    assertThat(london.conflicts(downing)).isFalse();
    assertThat(new StoryPlace("city", "UKR", null, "KYIV").sameAs(KYIV)).isTrue();
    assertThat(StoryPlace.parse(KYIV.toString())).isEqualTo(KYIV);
    assertThat(StoryPlace.parse(ukraine.toString())).isEqualTo(ukraine);
  }

  @Test
  void happeningRoundTripsThroughItsText() {
    Happening h = consult("CHNGOV", "RUS", DAY);
    assertThat(Happening.parse(h.toString())).isEqualTo(h);
    assertThat(h.pair()).isEqualTo("CHN|RUS");
    assertThat(Happening.actorKey("USAGOVMIL")).isEqualTo("USAGOV");
  }
}
