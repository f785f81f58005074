package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.cli.ExtractCommandTest.find;
import static org.readout.cli.ExtractCommandTest.lines;
import static org.readout.cli.ExtractCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.ExtractCommandTest.Run;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.store.Correction;
import org.readout.store.CorrectionDraft;
import org.readout.store.DictionaryRule;
import org.readout.store.sqlite.SqliteStore;

/**
 * Corrections that generalize (issue 14): a reader names an envoy the dictionary does not know as a
 * quote's speaker, the correction and the rule it offers are accepted, {@code readout corrections
 * overlay} writes the rule as a people overlay, and extraction with {@code --actors} of that file
 * credits her by name, with her role and code.
 */
class DictionaryOverlayTest {
  /** An invented envoy, written for this test. */
  static final String TEXT =
      "Ghanaian President John Mahama met envoys in Accra on Monday to discuss the border.\n\n"
          + "\"We will reopen the crossings within a month,\" said Adaeze Okonkwo, who led the"
          + " Nigerian delegation.\n\n"
          + "Mahama said the talks had been useful.";

  @Test
  void anAcceptedRuleBecomesAnOverlayThatCreditsTheSpeaker(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("border.txt");
    Files.writeString(article, TEXT);
    Path db = dir.resolve("readout.db");
    Run ingest = run("ingest", "--db", db.toString(), "--date", "2025-03-03", article.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();

    try (SqliteStore s = SqliteStore.open(db)) {
      String id =
          s.documents(
                  new org.readout.store.DocumentQuery(org.readout.store.DateRange.ALL, null, 10))
              .get(0)
              .id();
      AnnotatedArticle doc = s.document(id).orElseThrow();
      Actor envoy =
          doc.actors().stream()
              .filter(a -> a.id().startsWith("person/~") && a.name().equals("Adaeze Okonkwo"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("unknown envoy not found: " + doc.actors()));
      Quote q =
          doc.quotes().stream()
              .filter(x -> x.span().of(doc.text()).startsWith("We will reopen"))
              .findFirst()
              .orElseThrow();
      Correction c =
          s.propose(
              new CorrectionDraft(
                  id,
                  Correction.Layer.QUOTE,
                  q.span(),
                  null,
                  Correction.Field.SPEAKER,
                  envoy.id(),
                  "she is Nigeria's envoy",
                  "reader"),
              Instant.parse("2026-12-01T10:00:00Z"));
      s.review(c.id(), true, "editor", Instant.parse("2026-12-01T10:05:00Z"));
      List<DictionaryRule> pending = new ArrayList<>();
      s.scanRules(Correction.Status.PENDING, 10, pending::add);
      assertThat(pending).hasSize(1);
      s.reviewRule(
          pending.get(0).id(),
          new DictionaryRule.Decision(
              true,
              "desk",
              null,
              "f",
              "NGA",
              "ambassador",
              "NGAGOV",
              LocalDate.of(2023, 8, 21),
              null,
              null),
          Instant.parse("2026-12-01T10:10:00Z"));
    }

    Run pendingList = run("corrections", "overlay", "--db", db.toString(), "--pending");
    assertThat(pendingList.code()).as(pendingList.err()).isZero();
    assertThat(pendingList.out()).isEmpty();
    Path overlay = dir.resolve("reader-people.tsv");
    Run written = run("corrections", "overlay", "--db", db.toString(), "--out", overlay.toString());
    assertThat(written.code()).as(written.err()).isZero();
    assertThat(Files.readAllLines(overlay))
        .contains(
            DictionaryRule.PEOPLE_HEADER,
            "adaeze-okonkwo\tAdaeze Okonkwo\tOkonkwo\t\tf\tNGA\tambassador\tNGAGOV\t2023-08-21\t");

    Run without = run("extract", "--format", "jsonl", "--date", "2025-03-03", article.toString());
    assertThat(without.out()).doesNotContain("\"person/adaeze-okonkwo\"");
    Run with =
        run(
            "extract",
            "--format",
            "jsonl",
            "--date",
            "2025-03-03",
            "--actors",
            overlay.toString(),
            article.toString());
    assertThat(with.code()).as(with.err()).isZero();
    JsonNode doc = lines(with.out()).get(0);
    JsonNode okonkwo = find(doc.get("actors"), "person/adaeze-okonkwo");
    assertThat(okonkwo.get("code").asText()).isEqualTo("NGAGOV");
    assertThat(okonkwo.get("role").asText()).isEqualTo("ambassador");
    JsonNode quote = null;
    for (JsonNode x : doc.get("quotes")) {
      if (x.get("text").asText().startsWith("We will reopen")) {
        quote = x;
      }
    }
    assertThat(quote).isNotNull();
    assertThat(quote.get("speaker").asText()).isEqualTo("person/adaeze-okonkwo");
    assertThat(quote.get("speakerName").asText()).isEqualTo("Adaeze Okonkwo");
  }
}
