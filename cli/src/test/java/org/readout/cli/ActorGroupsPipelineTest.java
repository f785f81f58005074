package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.cli.TestPipelines.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Issue 8, "No actor code, so no event": ethnic and religious groups, a bare "Korea", appositions
 * and surname-first names read by the real tagger, on articles written for this test.
 */
class ActorGroupsPipelineTest {
  private static Actor actorAt(AnnotatedArticle doc, String phrase) {
    int start = doc.text().indexOf(phrase);
    return doc.actors().stream()
        .filter(
            a ->
                a.mentions().stream()
                    .anyMatch(
                        m ->
                            m.span().start() == start && m.span().end() == start + phrase.length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(phrase + " not among " + doc.actors()));
  }

  @Test
  void groupsTakeTheirCountryAndActInEvents() {
    String text =
        "ERBIL, Iraq - Thousands of Iraqi Kurds protested against the central government on"
            + " Sunday. Kurdish fighters later attacked an army checkpoint, and Sunni militants"
            + " kidnapped two Shiite pilgrims near Samarra.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 6, 2));
    assertThat(actorAt(doc, "Iraqi Kurds").code()).isEqualTo("IRQCVL");
    assertThat(actorAt(doc, "Kurdish fighters").code()).isEqualTo("IRQREB");
    assertThat(actorAt(doc, "Sunni militants").code()).isEqualTo("REB");
    int protest = text.indexOf("protested");
    assertThat(doc.events())
        .as("the Kurds' protest is coded: %s", doc.events())
        .anyMatch(
            (Event e) ->
                e.span().start() <= protest
                    && e.span().end() > protest
                    && "group/IRQCVL@kurds".equals(e.source()));
  }

  @Test
  void aBareKoreaAndASurnameFirstNameInTranslatedNews() {
    String text =
        "SEOUL, June 3 (Yonhap) -- North Korea fired two short-range ballistic missiles on"
            + " Tuesday, the South's military said. Park Jun-ho, a senior officer at the Joint"
            + " Chiefs of Staff, said Korea had raised its alert level. Park said the"
            + " military was on alert. Choi Min-seo, Japan's deputy defence minister, called"
            + " the launch a threat.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 6, 3));
    // A Seoul-datelined story names its own country bare: "Korea" is South Korea there, even in
    // copy about the North (CAMEO's reading of the bare word; session 14).
    int bare = text.indexOf("Korea had");
    assertThat(doc.actor("country/KOR").mentions()).anyMatch(m -> m.span().start() == bare);
    assertThat(doc.actor("country/PRK").mentions()).noneMatch(m -> m.span().start() == bare);
    Actor park = actorAt(doc, "Park Jun-ho");
    int later = text.indexOf("Park said");
    assertThat(park.mentions())
        .as("'Park' is Park Jun-ho: %s", doc.actors())
        .anyMatch(m -> m.span().start() == later);
    assertThat(doc.actor("person/park-geun-hye")).isNull();
    Actor choi = actorAt(doc, "Choi Min-seo");
    assertThat(choi.country()).isEqualTo("JPN");
    assertThat(choi.code()).isEqualTo("JPNGOV");
  }
}
