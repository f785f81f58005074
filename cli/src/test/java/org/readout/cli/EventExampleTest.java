package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/** Acceptance test of issue 5 ("Done when") on the example article. */
class EventExampleTest {
  @Test
  void codesTheConsultationTheInvitationsAndTheCooperationPledgeWithoutConflict() throws Exception {
    AnnotatedArticle doc = TestPipelines.example();
    String text = doc.text();
    if (Boolean.getBoolean("events.print")) {
      doc.events()
          .forEach(
              e ->
                  System.out.println(
                      describe(e)
                          + " "
                          + e.date()
                          + " x"
                          + e.mentions()
                          + " "
                          + e.span().of(text).replace('\n', ' ')));
    }
    List<Event> events = doc.events();

    List<Event> consult = events.stream().filter(e -> e.rootCode().equals("04")).toList();
    assertThat(consult).anySatisfy(e -> assertSides(doc, e, "CHN", "RUS", "2025-01-21"));
    assertThat(consult).anySatisfy(e -> assertSides(doc, e, "RUS", "CHN", "2025-01-21"));

    int visits = text.indexOf("exchange visits");
    int invited = text.indexOf("invited each other");
    assertThat(events)
        .filteredOn(e -> e.code().equals("036"))
        .anySatisfy(
            e -> assertThat(e.span().contains(visits) || e.span().contains(invited)).isTrue());

    int deepen = text.indexOf("deepen strategic cooperation");
    assertThat(events)
        .filteredOn(e -> e.rootCode().equals("03") || e.rootCode().equals("05"))
        .anySatisfy(
            e ->
                assertThat(e.span().start())
                    .isLessThanOrEqualTo(deepen)
                    .isGreaterThan(deepen - 120));

    assertThat(events).noneMatch(e -> e.quadClass() == 4);
  }

  private static void assertSides(
      AnnotatedArticle doc, Event e, String source, String target, String date) {
    assertThat(country(doc, e.source())).isEqualTo(source);
    assertThat(country(doc, e.target())).isEqualTo(target);
    assertThat(e.date()).isEqualTo(date);
  }

  private static String country(AnnotatedArticle doc, String id) {
    Actor a = doc.actor(id);
    return a == null ? null : a.country();
  }

  private static String describe(Event e) {
    return e.source()
        + "("
        + e.sourceCode()
        + ")>"
        + e.target()
        + "("
        + e.targetCode()
        + ") "
        + e.code();
  }
}
