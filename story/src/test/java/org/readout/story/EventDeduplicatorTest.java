package org.readout.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Event;
import org.readout.core.model.Span;

class EventDeduplicatorTest {
  private static Event event(String src, String tgt, String code, String date, int start) {
    return new Event(
        "a/" + src,
        "a/" + tgt,
        src,
        tgt,
        code,
        code.substring(0, 2),
        1,
        1.0,
        date,
        new Span(start, start + 10),
        1,
        0.9);
  }

  private static ReportedEvent report(String doc, String outlet, Event e) {
    return new ReportedEvent(
        doc, outlet, LocalDate.of(2025, 3, Integer.parseInt(doc.substring(1))), e);
  }

  @Test
  void mentionsOfOneEventBecomeOneWithCountsLinksAndTheMostSpecificCode() {
    List<ReportedEvent> in =
        List.of(
            report("d4", "Wire", event("CHNGOV", "RUSGOV", "040", "2025-03-04", 0)),
            report("d5", "Wire", event("CHNGOVMIL", "RUSGOV", "042", "2025-03-04", 30)),
            report("d6", "Daily", event("CHNGOV", "RUSGOV", "040", "2025-03-04", 12)),
            report("d6", "Daily", event("RUSGOV", "CHNGOV", "040", "2025-03-04", 12)),
            report("d7", "Daily", event("CHNGOV", "RUSGOV", "043", "2024-05-16", 50)));
    List<DedupEvent> out = new EventDeduplicator().dedup("s1", in);
    assertThat(out).hasSize(3);
    DedupEvent old = out.get(0);
    assertThat(old.date()).isEqualTo("2024-05-16");
    assertThat(old.otherDates()).containsExactly("2025-03-04");
    DedupEvent call = out.get(1);
    assertThat(call.sourceCode()).isEqualTo("CHNGOV");
    assertThat(call.code()).isEqualTo("042");
    assertThat(call.codes()).isEqualTo(Map.of("040", 2, "042", 1));
    assertThat(call.numArticles()).isEqualTo(3);
    assertThat(call.numSources()).isEqualTo(2);
    assertThat(call.numMentions()).isEqualTo(3);
    assertThat(call.firstReport()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(call.lastReport()).isEqualTo(LocalDate.of(2025, 3, 6));
    assertThat(call.mentions())
        .extracting(EventLink::document, EventLink::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("d4", 0),
            org.assertj.core.groups.Tuple.tuple("d5", 30),
            org.assertj.core.groups.Tuple.tuple("d6", 12));
    assertThat(out.get(2).sourceCode()).isEqualTo("RUSGOV");
  }

  @Test
  void siblingCodesConflictAndTheBetterSupportedWins() {
    assertThat(EventDeduplicator.mostSpecific(Map.of("042", 1, "043", 2))).isEqualTo("043");
    assertThat(EventDeduplicator.mostSpecific(Map.of("042", 1, "043", 1))).isEqualTo("042");
    assertThat(EventDeduplicator.mostSpecific(Map.of("040", 5, "0431", 1, "043", 1)))
        .isEqualTo("0431");
  }
}
