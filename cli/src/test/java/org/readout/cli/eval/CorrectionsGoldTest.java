package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.Main;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Span;
import org.readout.core.testing.SimplePipeline;
import org.readout.store.Correction;
import org.readout.store.CorrectionDraft;
import org.readout.store.sqlite.SqliteStore;

/**
 * {@code readout corrections log} shows the audit trail, and {@code corrections export} writes gold
 * files that the eval commands' own readers parse, holding the corrected values (issue 14).
 */
class CorrectionsGoldTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final String TEXT =
      "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.\n\n"
          + "\"We are partners,\" Putin told reporters after the meeting.";

  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void logAndGoldExportsCarryAcceptedCorrections() throws Exception {
    Path db = dir.resolve("c.db");
    Span quote;
    Span tuesday;
    try (SqliteStore store = SqliteStore.open(db)) {
      var doc =
          SimplePipeline.runChecked(
              new Article(
                  "visit-1", null, TEXT, LocalDate.of(2025, 5, 6), DateSource.METADATA, null));
      store.write(List.of(doc), AT);
      quote = doc.quotes().get(0).span();
      tuesday = doc.times().get(0).span();
      assertThat(tuesday.of(TEXT)).isEqualTo("Tuesday");
      long speaker =
          store
              .propose(
                  new CorrectionDraft(
                      "visit-1",
                      Correction.Layer.QUOTE,
                      quote,
                      null,
                      Correction.Field.SPEAKER,
                      "person/xi-jinping",
                      "checked the recording",
                      "reader-a"),
                  AT)
              .id();
      store.review(speaker, true, "editor", AT);
      long value =
          store
              .propose(
                  new CorrectionDraft(
                      "visit-1",
                      Correction.Layer.TIME,
                      tuesday,
                      null,
                      Correction.Field.VALUE,
                      "2025-05-13",
                      null,
                      "reader-b"),
                  AT)
              .id();
      store.review(value, true, "editor", AT);
      var event = doc.events().get(0);
      long code =
          store
              .propose(
                  new CorrectionDraft(
                      "visit-1",
                      Correction.Layer.EVENT,
                      event.span(),
                      event.code() + " " + event.source(),
                      Correction.Field.CODE,
                      "036",
                      null,
                      "reader-c"),
                  AT)
              .id();
      store.review(code, true, "editor", AT);
    }

    String log = run("corrections", "log", "--db", db.toString());
    assertThat(log.lines())
        .hasSize(3)
        .first()
        .asString()
        .contains(
            "#1",
            "accepted by editor",
            "(applied)",
            "SPEAKER: person/vladimir-putin -> person/xi-jinping")
        .contains("by reader-a", "checked the recording");

    Path quotes = dir.resolve("quotes.jsonl");
    run(
        "corrections",
        "export",
        "--db",
        db.toString(),
        "--layer",
        "quotes",
        "--out",
        quotes.toString());
    QuoteGold q = QuoteGold.parse(new ObjectMapper(), Files.readAllLines(quotes).get(0));
    assertThat(q.text()).isEqualTo(TEXT);
    assertThat(q.quotes())
        .anyMatch(i -> i.span().equals(quote) && "Xi Jinping".equals(i.speaker()));

    Path events = dir.resolve("events.jsonl");
    run(
        "corrections",
        "export",
        "--db",
        db.toString(),
        "--layer",
        "events",
        "--out",
        events.toString());
    EventGold e = EventGold.parse(new ObjectMapper(), Files.readAllLines(events).get(0));
    assertThat(e.events()).extracting(EventGold.Item::code).contains("036");

    Path time = dir.resolve("time");
    run(
        "corrections",
        "export",
        "--db",
        db.toString(),
        "--layer",
        "time",
        "--out",
        time.toString());
    TimeMlDocument t = TimeMlDocument.read(time.resolve("visit-1.tml"));
    assertThat(t.text()).isEqualTo(TEXT);
    assertThat(t.dct()).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(t.gold()).contains(new TimeMlDocument.Timex(tuesday, "DATE", "2025-05-13"));
  }
}
