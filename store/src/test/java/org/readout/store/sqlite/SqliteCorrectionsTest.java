package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.Span;
import org.readout.store.Correction;
import org.readout.store.Correction.Field;
import org.readout.store.Correction.Layer;
import org.readout.store.Correction.Status;
import org.readout.store.CorrectionDraft;
import org.readout.store.CorrectionException;
import org.readout.store.CorrectionQuery;
import org.readout.store.EventQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.StoredEvent;
import org.readout.store.StoredQuote;

/** Corrections on a real SQLite file: proposed, reviewed, applied, kept through re-extraction. */
class SqliteCorrectionsTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant LATER = Instant.parse("2026-12-01T11:00:00Z");
  private static final String XI = "person/xi-jinping";
  private static final String PUTIN = "person/vladimir-putin";

  @TempDir Path dir;

  private SqliteStore store() {
    SqliteStore s = SqliteStore.open(dir.resolve("readout.db"));
    s.write(List.of(StoreFixtures.call(), StoreFixtures.sanctions()), AT);
    return s;
  }

  /** The quote "Our cooperation has no limits," of the call article. */
  private static Span limitsQuote() {
    int start = StoreFixtures.CALL.indexOf("Our cooperation");
    return new Span(start, start + "Our cooperation has no limits,".length());
  }

  private static CorrectionDraft draft(
      String doc, Layer layer, Span span, Field field, String proposed) {
    return new CorrectionDraft(doc, layer, span, null, field, proposed, null, "reader-a");
  }

  private static List<StoredQuote> quotes(SqliteStore s) {
    return s.quotes(
        new QuoteQuery(null, null, null, org.readout.store.DateRange.ALL, "call-1", 50));
  }

  /** Links of the call story's deduplicated events to their mentions, as document:start-end. */
  private static List<String> storyMentions(SqliteStore s) {
    String story = s.storyOf("call-1").orElseThrow();
    return s.story(story).orElseThrow().events().stream()
        .flatMap(e -> e.event().mentions().stream())
        .map(l -> l.document() + ":" + l.start() + "-" + l.end())
        .toList();
  }

  @Test
  void anAppliedCorrectionKeepsTheStorysDeduplicatedEventsLinkedToTheirMentions() {
    try (SqliteStore s = store()) {
      List<String> before = storyMentions(s);
      assertThat(before).isNotEmpty();
      Correction c = s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.SPEAKER, XI), AT);
      assertThat(s.review(c.id(), true, "editor", LATER).applied()).isTrue();
      // Replacing the corrected layers must not orphan the story's events.
      assertThat(storyMentions(s)).isEqualTo(before);
    }
  }

  @Test
  void acceptedSpeakerFixIsWhatQueriesReturnAndTheOriginalStaysInTheTrail() {
    try (SqliteStore s = store()) {
      Correction c = s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.SPEAKER, XI), AT);
      assertThat(c.status()).isEqualTo(Status.PENDING);
      assertThat(c.original()).isEqualTo(PUTIN);
      assertThat(c.spanText()).isEqualTo("Our cooperation has no limits,");
      // Pending: nothing changes yet.
      assertThat(speakerOf(quotes(s), limitsQuote())).isEqualTo(PUTIN);

      Correction reviewed = s.review(c.id(), true, "editor", LATER);
      assertThat(reviewed.status()).isEqualTo(Status.ACCEPTED);
      assertThat(reviewed.reviewedBy()).isEqualTo("editor");
      assertThat(reviewed.reviewedAt()).isEqualTo(LATER);
      assertThat(reviewed.applied()).isTrue();
      assertThat(speakerOf(quotes(s), limitsQuote())).isEqualTo(XI);
      StoredQuote q =
          quotes(s).stream().filter(x -> x.quote().span().equals(limitsQuote())).findFirst().get();
      assertThat(q.speakerName()).isEqualTo("Xi Jinping");
      assertThat(q.quote().confidence()).isEqualTo(1.0);
      AnnotatedArticle doc = s.document("call-1").orElseThrow();
      assertThat(doc.quotes())
          .anyMatch(x -> x.span().equals(limitsQuote()) && XI.equals(x.speaker()));
      // Full-text search still finds the quote after its rows were rewritten.
      assertThat(
              s.quotes(
                  new QuoteQuery(
                      null, null, "cooperation", org.readout.store.DateRange.ALL, null, 5)))
          .hasSize(1);
      assertThat(s.correction(c.id()).orElseThrow().original()).isEqualTo(PUTIN);
    }
  }

  @Test
  void rejectedCorrectionChangesNothing() {
    try (SqliteStore s = store()) {
      Correction c = s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.SPEAKER, XI), AT);
      assertThat(s.review(c.id(), false, "editor", LATER).status()).isEqualTo(Status.REJECTED);
      assertThat(speakerOf(quotes(s), limitsQuote())).isEqualTo(PUTIN);
      assertThatThrownBy(() -> s.review(c.id(), true, "editor", LATER))
          .isInstanceOfSatisfying(
              CorrectionException.class,
              e -> assertThat(e.reason()).isEqualTo(CorrectionException.Reason.CONFLICT));
    }
  }

  @Test
  void reExtractionKeepsAcceptedCorrectionsWhereTheItemStillExists() {
    try (SqliteStore s = store()) {
      Correction c = s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.SPEAKER, XI), AT);
      s.review(c.id(), true, "editor", LATER);
      // Same text, new title: a new version, extracted again, with the engine's speaker (Putin).
      AnnotatedArticle call = StoreFixtures.call();
      Article a = call.article();
      AnnotatedArticle retitled =
          call.withArticle(
              new Article(a.id(), "New headline", a.text(), a.date(), a.dateSource(), a.url()));
      assertThat(s.write(List.of(retitled), LATER))
          .containsExactly(org.readout.store.WriteOutcome.REPLACED);
      assertThat(speakerOf(quotes(s), limitsQuote())).isEqualTo(XI);
      assertThat(s.correction(c.id()).orElseThrow().applied()).isTrue();

      // A new text where the span no longer holds the quote: the correction no longer applies.
      AnnotatedArticle rewritten =
          StoreFixtures.annotate(
              "call-1",
              "Talks between the two leaders were postponed on Tuesday.",
              a.date(),
              a.url());
      s.write(List.of(rewritten), LATER);
      assertThat(s.correction(c.id()).orElseThrow().applied()).isFalse();
      assertThat(s.correction(c.id()).orElseThrow().status()).isEqualTo(Status.ACCEPTED);
    }
  }

  @Test
  void eventCodeAndRemovalReachTheEventQueries() {
    try (SqliteStore s = store()) {
      int start = StoreFixtures.CALL.indexOf("Putin told Xi");
      List<StoredEvent> told =
          s.events(EventQuery.all(50)).stream()
              .filter(e -> e.event().span().start() == start && e.event().code().equals("100"))
              .toList();
      assertThat(told).hasSize(1);
      Span span = told.get(0).event().span();
      Correction code =
          s.propose(
              new CorrectionDraft(
                  "call-1", Layer.EVENT, span, "100", Field.CODE, "010", "a statement", "reader-b"),
              AT);
      assertThat(code.original()).isEqualTo("100");
      assertThat(code.itemKey()).isEqualTo("100 " + PUTIN);
      s.review(code.id(), true, "editor", LATER);
      StoredEvent fixed =
          s.events(EventQuery.all(50)).stream()
              .filter(e -> e.event().span().equals(span))
              .findFirst()
              .orElseThrow();
      assertThat(fixed.event().code()).isEqualTo("010");
      assertThat(fixed.event().rootCode()).isEqualTo("01");
      assertThat(fixed.event().quadClass()).isEqualTo(1);

      Span sanctions = new Span(4, StoreFixtures.SANCTIONS.indexOf(" on Monday"));
      Correction remove =
          s.propose(draft("sanctions-1", Layer.EVENT, sanctions, Field.REMOVE, null), AT);
      s.review(remove.id(), true, "editor", LATER);
      assertThat(
              s.events(
                  new EventQuery(
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      org.readout.store.DateRange.ALL,
                      "sanctions-1",
                      10)))
          .isEmpty();
    }
  }

  @Test
  void aMissingQuoteCanBeAddedBySpan() {
    try (SqliteStore s = store()) {
      int start = StoreFixtures.CALL.indexOf("the two governments said");
      Span span = new Span(start, start + "the two governments".length());
      Correction add = s.propose(draft("call-1", Layer.QUOTE, span, Field.ADD, XI), AT);
      assertThat(add.original()).isNull();
      s.review(add.id(), true, "editor", LATER);
      assertThat(speakerOf(quotes(s), span)).isEqualTo(XI);
    }
  }

  @Test
  void badProposalsNameTheField() {
    try (SqliteStore s = store()) {
      assertField(
          () ->
              s.propose(
                  draft("call-1", Layer.QUOTE, limitsQuote(), Field.SPEAKER, "person/nobody"), AT),
          "proposed");
      assertField(
          () -> s.propose(draft("call-1", Layer.QUOTE, new Span(0, 3), Field.SPEAKER, XI), AT),
          "start");
      assertField(
          () -> s.propose(draft("call-1", Layer.QUOTE, new Span(0, 9999), Field.REMOVE, null), AT),
          "end");
      assertField(
          () -> s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.CODE, "010"), AT),
          "field");
      assertField(
          () ->
              s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.DATE, "2025-13-45"), AT),
          "proposed");
      assertField(
          () -> s.propose(draft("nope", Layer.QUOTE, limitsQuote(), Field.REMOVE, null), AT),
          "documentId");
      assertField(() -> s.review(999, true, "editor", LATER), "id");
      assertThat(s.stats().corrections()).isZero();
    }
  }

  @Test
  void correctionsListOldestFirstAfterACursor() {
    try (SqliteStore s = store()) {
      Correction a =
          s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.COMMENT, null), AT);
      assertThat(a).isNotNull();
    } catch (CorrectionException e) {
      assertThat(e.field()).isEqualTo("comment");
    }
    try (SqliteStore s = SqliteStore.open(dir.resolve("readout.db"))) {
      long first =
          s.propose(
                  new CorrectionDraft(
                      "call-1", Layer.QUOTE, limitsQuote(), null, Field.COMMENT, null, "odd", "r"),
                  AT)
              .id();
      long second =
          s.propose(draft("call-1", Layer.QUOTE, limitsQuote(), Field.REMOVE, null), AT).id();
      List<Long> after = new java.util.ArrayList<>();
      s.scanCorrections(new CorrectionQuery(null, "call-1", first, 10), c -> after.add(c.id()));
      assertThat(after).containsExactly(second);
      List<Long> pending = new java.util.ArrayList<>();
      s.scanCorrections(new CorrectionQuery(Status.PENDING, null, 0, 10), c -> pending.add(c.id()));
      assertThat(pending).containsExactly(first, second);
    }
  }

  private static void assertField(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CorrectionException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static String speakerOf(List<StoredQuote> quotes, Span span) {
    return quotes.stream()
        .filter(q -> q.quote().span().equals(span))
        .map(q -> q.quote().speaker())
        .findFirst()
        .orElse("(none)");
  }
}
