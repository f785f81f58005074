package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.DateSource;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.testing.AnnotationAssert;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.ReadOptions;

/** Issue 2: the specific actor facts of the bundled sample articles, with offsets. */
class SampleActorsTest {
  static AnnotatedArticle read(String name) {
    try (var s = new ArticleReader().read(Path.of("..", "samples", name), ReadOptions.defaults())) {
      AnnotatedArticle doc =
          TestPipelines.standard().pipeline().apply(s.findFirst().orElseThrow().article());
      AnnotationAssert.assertWellFormed(doc);
      return doc;
    }
  }

  static Actor actor(AnnotatedArticle doc, String id) {
    Actor a = doc.actor(id);
    assertThat(a)
        .as("actor %s among %s", id, doc.actors().stream().map(Actor::id).toList())
        .isNotNull();
    return a;
  }

  /**
   * Asserts that {@code actor} has a mention of kind {@code kind} exactly over the n-th occurrence
   * of {@code surface}.
   */
  static void hasMention(
      AnnotatedArticle doc, Actor actor, String surface, int occurrence, MentionKind kind) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = doc.text().indexOf(surface, at + 1);
      assertThat(at).as("occurrence %d of %s", i, surface).isNotNegative();
    }
    int start = at;
    assertThat(actor.mentions())
        .as("%s has %s mention %s at %d", actor.id(), kind, surface, start)
        .contains(
            new Mention(new org.readout.core.model.Span(start, start + surface.length()), kind));
  }

  @Test
  void diplomacySummit() {
    AnnotatedArticle doc = read("diplomacy-summit.txt");
    assertThat(doc.article().dateSource()).isEqualTo(DateSource.DATELINE);
    Actor modi = actor(doc, "person/narendra-modi");
    assertThat(modi.code()).isEqualTo("INDGOV");
    hasMention(doc, modi, "Narendra Modi", 0, MentionKind.NAME);
    hasMention(doc, modi, "the Indian leader", 0, MentionKind.DESCRIPTION);
    Actor ishiba = actor(doc, "person/shigeru-ishiba");
    assertThat(ishiba.code()).isEqualTo("JPNGOV");
    hasMention(doc, ishiba, "the Japanese prime minister", 0, MentionKind.DESCRIPTION);
    Actor pair =
        doc.actors().stream()
            .filter(a -> a.kind() == ActorKind.GROUP && !a.members().isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(pair.members())
        .containsExactlyInAnyOrder("person/narendra-modi", "person/shigeru-ishiba");
    hasMention(doc, pair, "The two leaders", 0, MentionKind.GROUP);
    hasMention(doc, actor(doc, "government/JPN"), "Tokyo", 1, MentionKind.METONYM);
    assertThat(actor(doc, "country/IND").code()).isEqualTo("IND");
  }

  @Test
  void ceasefireTalksHtml() {
    AnnotatedArticle doc = read("ceasefire-talks.html");
    assertThat(doc.article().date()).hasToString("2025-05-06");
    assertThat(doc.article().dateSource()).isEqualTo(DateSource.METADATA);
    hasMention(doc, actor(doc, "country/COD"), "Democratic Republic of Congo", 0, MentionKind.NAME);
    assertThat(actor(doc, "org/m23").code()).isEqualTo("CODREB");
    Actor ansari = actor(doc, "person/~majed-al-ansari");
    // "a spokesman for Qatar's Foreign Ministry": the spokesman speaks for his principal.
    assertThat(ansari.code()).isEqualTo("QATGOV");
    hasMention(doc, ansari, "Majed al-Ansari", 0, MentionKind.NAME);
    hasMention(doc, actor(doc, "government/QAT"), "Doha", 0, MentionKind.METONYM);
    assertThat(actor(doc, "org/un").code()).isEqualTo("IGOUNO");
  }

  @Test
  void multiAgencyCall() {
    AnnotatedArticle doc = read("multi-agency-call.txt");
    Actor lee = actor(doc, "person/lee-jae-myung");
    assertThat(lee.code()).isEqualTo("KORGOV");
    hasMention(doc, lee, "Lee Jae-myung", 0, MentionKind.NAME);
    hasMention(
        doc,
        lee,
        "He",
        doc.text().substring(0, doc.text().indexOf("He added")).split("\\bHe\\b", -1).length - 1,
        MentionKind.PRONOUN);
    Actor takaichi = actor(doc, "person/sanae-takaichi");
    assertThat(takaichi.code()).isEqualTo("JPNGOV");
    assertThat(takaichi.mentions())
        .anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.span().of(doc.text()).equals("She"));
    for (String agency : List.of("agency/yonhap", "agency/kyodo")) {
      assertThat(actor(doc, agency).kind()).isEqualTo(ActorKind.AGENCY);
    }
  }

  @Test
  void militaryStrike() {
    AnnotatedArticle doc = read("military-strike.txt");
    Actor forces = actor(doc, "group/AZEMIL");
    hasMention(doc, forces, "Azerbaijani forces", 0, MentionKind.DESCRIPTION);
    assertThat(actor(doc, "person/nikol-pashinyan").code()).isEqualTo("ARMGOV");
    assertThat(actor(doc, "country/AZE").mentions()).isNotEmpty();
  }

  @Test
  void unknownOrganizationsKeepTheirNationalityAndShortNames() {
    AnnotatedArticle election = read("election-result.txt");
    Actor dream = actor(election, "org/georgian-dream-party");
    hasMention(election, dream, "Georgian Dream party", 0, MentionKind.NAME);
    assertThat(dream.mentions()).hasSizeGreaterThan(1);
    AnnotatedArticle trade = read("trade-dispute.txt");
    Actor commission = actor(trade, "org/european-commission");
    int lone = trade.text().indexOf("Commission", trade.text().indexOf("European Commission") + 20);
    assertThat(commission.mentions()).anyMatch(m -> m.span().start() == lone);
  }

  @Test
  void sanctionsAndProtest() {
    AnnotatedArticle sanctions = read("sanctions-package.txt");
    assertThat(actor(sanctions, "person/kaja-kallas").code()).isEqualTo("IGOEUR");
    assertThat(actor(sanctions, "person/alexander-lukashenko").code()).isEqualTo("BLRGOV");
    hasMention(
        sanctions, actor(sanctions, "group/RUSMIL"), "Russian troops", 0, MentionKind.DESCRIPTION);
    AnnotatedArticle protest = read("protest-capital.txt");
    assertThat(actor(protest, "person/william-ruto").code()).isEqualTo("KENGOV");
    // "protesters in Nairobi": the place after the role word gives the group its country (issue 8).
    hasMention(protest, actor(protest, "group/KENOPP"), "protesters", 0, MentionKind.DESCRIPTION);
    hasMention(
        protest, actor(protest, "institution/KENCOP"), "Kenyan police", 0, MentionKind.DESCRIPTION);
  }
}
