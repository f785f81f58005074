package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.store.Correction;
import org.readout.store.Correction.Field;
import org.readout.store.Correction.Layer;
import org.readout.store.Correction.Status;
import org.readout.store.CorrectionDraft;
import org.readout.store.CorrectionException;
import org.readout.store.DictionaryRule;

/**
 * Corrections that generalize (issue 14): an accepted speaker correction naming a person the
 * dictionary does not know offers a people.tsv rule, pending until reviewed; its acceptance is
 * checked and audited.
 */
class DictionaryRuleStoreTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant LATER = Instant.parse("2026-12-01T11:00:00Z");

  /** An invented envoy the bundled dictionary does not know, quoted after a known president. */
  static final String BORDER =
      "Ghanaian President John Mahama met envoys in Accra on Monday to discuss the border.\n\n"
          + "\"We will reopen the crossings within a month,\" said Adaeze Okonkwo, who led the"
          + " Nigerian delegation.\n\n"
          + "Mahama said the talks had been useful.";

  @TempDir Path dir;

  private static AnnotatedArticle border() {
    return StoreFixtures.annotate(
        "border-1", BORDER, LocalDate.of(2025, 3, 3), "https://wire.example.org/border-1");
  }

  private static Actor envoy(AnnotatedArticle doc) {
    return doc.actors().stream()
        .filter(a -> a.id().startsWith("person/~") && a.name().equals("Adaeze Okonkwo"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unknown person in " + doc.actors()));
  }

  private static Quote crossingsQuote(AnnotatedArticle doc) {
    return doc.quotes().stream()
        .filter(q -> q.span().of(doc.text()).startsWith("We will reopen"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote in " + doc.quotes()));
  }

  private static List<DictionaryRule> rules(SqliteStore s, Status status) {
    List<DictionaryRule> out = new ArrayList<>();
    s.scanRules(status, 100, out::add);
    return out;
  }

  @Test
  void anAcceptedSpeakerCorrectionNamingAnUnknownPersonOffersAPendingRule() {
    try (SqliteStore s = SqliteStore.open(dir.resolve("readout.db"))) {
      AnnotatedArticle doc = border();
      s.write(List.of(doc), AT);
      Actor envoy = envoy(doc);
      Quote q = crossingsQuote(doc);
      Correction c =
          s.propose(
              new CorrectionDraft(
                  "border-1", Layer.QUOTE, q.span(), null, Field.SPEAKER, envoy.id(), null, "r"),
              AT);
      assertThat(rules(s, null)).as("nothing is offered before the review").isEmpty();
      s.review(c.id(), true, "editor", LATER);

      List<DictionaryRule> pending = rules(s, Status.PENDING);
      assertThat(pending).hasSize(1);
      DictionaryRule r = pending.get(0);
      assertThat(r.correctionId()).isEqualTo(c.id());
      assertThat(r.actorId()).isEqualTo("person/~adaeze-okonkwo");
      assertThat(r.personId()).isEqualTo("adaeze-okonkwo");
      assertThat(r.name()).isEqualTo("Adaeze Okonkwo");
      assertThat(r.shortName()).isEqualTo("Okonkwo");
      assertThat(r.status()).isEqualTo(Status.PENDING);
      assertThatThrownBy(r::tsvLine).isInstanceOf(IllegalStateException.class);

      // A second correction naming the same person offers nothing more.
      Correction again =
          s.propose(
              new CorrectionDraft(
                  "border-1", Layer.QUOTE, q.span(), null, Field.COMMENT, null, "same", "r"),
              AT);
      s.review(again.id(), true, "editor", LATER);
      assertThat(rules(s, null)).hasSize(1);
    }
  }

  @Test
  void aRuleIsAcceptedOnlyWhenItsLineWouldLoadAndOnlyOnce() {
    try (SqliteStore s = SqliteStore.open(dir.resolve("readout.db"))) {
      AnnotatedArticle doc = border();
      s.write(List.of(doc), AT);
      Correction c =
          s.propose(
              new CorrectionDraft(
                  "border-1",
                  Layer.QUOTE,
                  crossingsQuote(doc).span(),
                  null,
                  Field.SPEAKER,
                  envoy(doc).id(),
                  null,
                  "r"),
              AT);
      s.review(c.id(), true, "editor", LATER);
      long id = rules(s, Status.PENDING).get(0).id();
      LocalDate start = LocalDate.of(2023, 8, 21);
      assertThatThrownBy(
              () ->
                  s.reviewRule(
                      id, decision(true, "NGA", "envoy of nowhere", "NGAGOV", start), LATER))
          .isInstanceOfSatisfying(
              CorrectionException.class, e -> assertThat(e.field()).isEqualTo("role"));
      assertThatThrownBy(
              () -> s.reviewRule(id, decision(true, "XXX", "ambassador", "NGAGOV", start), LATER))
          .isInstanceOfSatisfying(
              CorrectionException.class, e -> assertThat(e.field()).isEqualTo("country"));
      assertThatThrownBy(
              () -> s.reviewRule(id, decision(true, "NGA", "ambassador", "ngagov", start), LATER))
          .isInstanceOfSatisfying(
              CorrectionException.class, e -> assertThat(e.field()).isEqualTo("code"));
      assertThatThrownBy(
              () -> s.reviewRule(id, decision(true, "NGA", "ambassador", "NGAGOV", null), LATER))
          .isInstanceOfSatisfying(
              CorrectionException.class, e -> assertThat(e.field()).isEqualTo("start"));
      assertThat(s.rule(id).orElseThrow().status()).isEqualTo(Status.PENDING);

      DictionaryRule accepted =
          s.reviewRule(id, decision(true, "NGA", "ambassador", "NGAGOV", start), LATER);
      assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
      assertThat(accepted.reviewedBy()).isEqualTo("desk");
      assertThat(accepted.reviewedAt()).isEqualTo(LATER);
      assertThat(accepted.tsvLine())
          .isEqualTo(
              "adaeze-okonkwo\tAdaeze Okonkwo\tOkonkwo\t\tf\tNGA\tambassador\tNGAGOV"
                  + "\t2023-08-21\t");
      assertThat(s.rule(id).orElseThrow()).isEqualTo(accepted);
      assertThatThrownBy(() -> s.reviewRule(id, decision(false, null, null, null, null), LATER))
          .isInstanceOfSatisfying(
              CorrectionException.class,
              e -> assertThat(e.reason()).isEqualTo(CorrectionException.Reason.CONFLICT));
      assertThat(rules(s, Status.ACCEPTED)).containsExactly(accepted);
    }
  }

  @Test
  void aSpeakerTheDictionaryKnowsOffersNoRule() {
    try (SqliteStore s = SqliteStore.open(dir.resolve("readout.db"))) {
      AnnotatedArticle doc = border();
      s.write(List.of(doc), AT);
      String mahama =
          doc.actors().stream()
              .filter(a -> a.name().equals("John Mahama"))
              .findFirst()
              .orElseThrow()
              .id();
      assertThat(mahama).doesNotStartWith("person/~");
      Correction c =
          s.propose(
              new CorrectionDraft(
                  "border-1",
                  Layer.QUOTE,
                  crossingsQuote(doc).span(),
                  null,
                  Field.SPEAKER,
                  mahama,
                  null,
                  "r"),
              AT);
      s.review(c.id(), true, "editor", LATER);
      assertThat(rules(s, null)).isEmpty();
    }
  }

  private static DictionaryRule.Decision decision(
      boolean accept, String country, String role, String code, LocalDate start) {
    return new DictionaryRule.Decision(
        accept, "desk", null, "f", country, role, code, start, null, "checked");
  }
}
