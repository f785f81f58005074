package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.cli.TestPipelines.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;

/** Issue 2: actor rules that need the real tagger and NER, on sentences written for these tests. */
class ActorPipelineTest {
  @Test
  void aNameContainingACountryIsOneOrganization() {
    String text = "Analysts at Bank of America cut their forecast for Brazil on Monday.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 6, 2));
    Actor bank =
        doc.actors().stream()
            .filter(a -> a.name().equals("Bank of America"))
            .findFirst()
            .orElseThrow();
    assertThat(bank.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(bank.mentions().get(0).span().start()).isEqualTo(text.indexOf("Bank of America"));
    assertThat(doc.actor("country/USA")).isNull();
    assertThat(doc.actor("country/BRA")).isNotNull();
  }

  /** Issue 8: a name the dictionary lacks takes the country it contains, its head noun the role. */
  @Test
  void aNameContainingACountryBelongsToThatCountry() {
    String text =
        "The Zambia Electoral Commission rejected the complaint on Friday, and the Malawi"
            + " Revenue Authority fined Kenya Airways for late filings.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 6, 2));
    Actor commission = actorNamed(doc, "Zambia Electoral Commission");
    assertThat(commission.country()).isEqualTo("ZMB");
    assertThat(commission.code()).isEqualTo("ZMBGOV");
    assertThat(commission.mentions().get(0).span().start())
        .isEqualTo(text.indexOf("Zambia Electoral Commission"));
    assertThat(actorNamed(doc, "Malawi Revenue Authority").code()).isEqualTo("MWIGOV");
    assertThat(actorNamed(doc, "Kenya Airways").code()).isEqualTo("KENBUS");
    assertThat(doc.actor("country/ZMB")).isNull();
  }

  private static Actor actorNamed(AnnotatedArticle doc, String name) {
    return doc.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + doc.actors()));
  }

  @Test
  void unnamedOfficeHoldersAndObjectPronouns() {
    String text =
        "The Kremlin spokesman said the call was useful. Putin called Erdogan to congratulate him on the deal.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 6, 2));
    Actor spokesman = doc.actor("person/RUS-spokesperson");
    assertThat(spokesman).isNotNull();
    assertThat(spokesman.code()).isEqualTo("RUSGOV");
    int him = text.indexOf("him");
    assertThat(doc.actor("person/recep-tayyip-erdogan").mentions())
        .anyMatch(m -> m.span().start() == him);
  }
}
