package org.readout.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.story.StoryAssignerTest.consult;
import static org.readout.story.StoryAssignerTest.doc;

import java.time.LocalDate;
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

  @Test
  void happeningRoundTripsThroughItsText() {
    Happening h = consult("CHNGOV", "RUS", DAY);
    assertThat(Happening.parse(h.toString())).isEqualTo(h);
    assertThat(h.pair()).isEqualTo("CHN|RUS");
    assertThat(Happening.actorKey("USAGOVMIL")).isEqualTo("USAGOV");
  }
}
