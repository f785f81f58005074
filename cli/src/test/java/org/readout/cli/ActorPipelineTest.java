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
