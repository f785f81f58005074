package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Quote classes of issue 9's third round, each on a short article written for this test and run
 * through the standard CoreNLP pipeline: reported clauses whose verb stands in a quoted fragment or
 * that open with one, noun-phrase objects of speech verbs, "called on X to", cues before an
 * apposition or after a quoted comma and a participle cue after a description. Every quote is named
 * by its offsets.
 */
class QuoteThirdRoundTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 3);

  private static final String BUDGET =
      String.join(
          "\n\n",
          "Harbor budget splits Valdora council",
          "Mayor Lena Vogt said the harbor's winter budget \"is simply not enough\" for the"
              + " ferries.",
          "Vogt said \"it keeps me awake\" every night she reads the repair figures.",
          "Councilor Hugh Hill criticized the mayor's harbor plan on Tuesday.",
          "Hill called the plan \"a gift to the developers.\"",
          "Vogt called on residents to attend the hearing next week.",
          "The ferries will keep running through the storm season, said Omar Lind, a harbor pilot"
              + " for the northern line.",
          "The harbor board will publish the \"full accounts,\" Vogt said.",
          "A board memo went further, saying, \"The count cannot be trusted.\"");

  private static Quote at(AnnotatedArticle doc, String words, QuoteKind kind) {
    int start = doc.text().indexOf(words);
    assertThat(start).as(words).isGreaterThanOrEqualTo(0);
    return doc.quotes().stream()
        .filter(q -> q.span().start() == start && q.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " quote at " + start + ": " + words));
  }

  private static String speaker(AnnotatedArticle doc, Quote q) {
    return q.speaker() == null ? null : doc.actor(q.speaker()).name();
  }

  private static String words(AnnotatedArticle doc, Span s) {
    return s == null ? null : s.of(doc.text());
  }

  @Test
  void reportedClausesObjectsAndPostposedCues() {
    AnnotatedArticle doc = TestPipelines.run(BUDGET, DATE);
    // The clause's verb stands inside the quoted fragment.
    Quote budget = at(doc, "the harbor's winter budget", QuoteKind.INDIRECT);
    assertThat(budget.span()).isEqualTo(new Span(59, 124));
    assertThat(speaker(doc, budget)).isEqualTo("Lena Vogt");
    assertThat(words(doc, budget.cue())).isEqualTo("said");
    // A clause that opens with a quoted fragment and goes on in the reporter's words.
    Quote awake = at(doc, "\"it keeps me awake\" every night", QuoteKind.INDIRECT);
    assertThat(awake.span()).isEqualTo(new Span(137, 197));
    assertThat(speaker(doc, awake)).isEqualTo("Lena Vogt");
    // A noun-phrase object is what was said.
    Quote plan = at(doc, "the mayor's harbor plan", QuoteKind.INDIRECT);
    assertThat(plan.span()).isEqualTo(new Span(231, 265));
    assertThat(speaker(doc, plan)).isEqualTo("Hugh Hill");
    assertThat(words(doc, plan.cue())).isEqualTo("criticized");
    Quote gift = at(doc, "the plan \"a gift", QuoteKind.INDIRECT);
    assertThat(speaker(doc, gift)).isEqualTo("Hugh Hill");
    assertThat(words(doc, gift.cue())).isEqualTo("called");
    Quote hearing = at(doc, "residents to attend the hearing next week", QuoteKind.INDIRECT);
    assertThat(hearing.span()).isEqualTo(new Span(333, 374));
    assertThat(speaker(doc, hearing)).isEqualTo("Lena Vogt");
    // The cue stands before an apposition of its subject, not in the last comma's stretch.
    Quote ferries = at(doc, "The ferries will keep running", QuoteKind.INDIRECT);
    assertThat(ferries.span()).isEqualTo(new Span(377, 431));
    assertThat(speaker(doc, ferries)).isEqualTo("Omar Lind");
    // The comma before the cue closes a quoted fragment.
    Quote accounts = at(doc, "The harbor board will publish", QuoteKind.INDIRECT);
    assertThat(accounts.span().start()).isEqualTo(488);
    assertThat(speaker(doc, accounts)).isEqualTo("Lena Vogt");
    // A participle cue whose subject is the description opening the sentence.
    Quote memo = at(doc, "The count cannot be trusted.", QuoteKind.DIRECT);
    assertThat(memo.speaker()).isNull();
    assertThat(words(doc, memo.speakerMention())).isEqualTo("A board memo");
  }
}
