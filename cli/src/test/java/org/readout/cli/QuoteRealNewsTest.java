package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Quote classes that real news needs (issue 9), each on a short article written for this test and
 * run through the standard CoreNLP pipeline: the speaker, its words and the quote's offsets.
 */
class QuoteRealNewsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 3);

  private static final String HARBOR =
      String.join(
          "\n\n",
          "Harbor audit draws fire in Valdora",
          "Finance Minister Lena Vogt dismissed the harbor audit as \"pure guesswork\" on Tuesday.",
          "Carlos Ortiz, who had campaigned in the port district all week, told supporters, \"We"
              + " will carry this district by a wide margin.\"",
          "Hugh Hill, a doctor at the city hospital, said the wards were already full.",
          "Ana Ruiz, a spokeswoman for the Spanish foreign ministry, said, \"The talks with the"
              + " harbor board are over for now.\"",
          "The auditors would not meet the harbor board again this month, a senior official said.",
          "According to the port authority, cargo traffic fell by a third in the spring.",
          "Vogt accused the auditors of ignoring the winter figures and urged the council to reject"
              + " the report.");

  private static final String FLOOD =
      String.join(
          "\n\n",
          "Flood relief stalls in river towns",
          "\"We lost everything in the basement,\" said one resident who asked not to be named.",
          "\"There was no warning at all.\"",
          "\"Help has to come faster,\" Governor Rita Mendes said in a televised address.",
          "\"Is anyone listening?\" Paulo Souza shouted back from the bank.");

  private static final String SALE =
      String.join(
          "\n\n",
          "Harbor sale: 'Reckless,' says senator",
          "In a statement, the harbor board said:",
          "\"We regret the delay and will publish the full accounts next week.\"",
          "Critics pointed to the price, according to \"The Long Road,\" a memoir by a former"
              + " harbor master.",
          "\"We will not sell the harbor to the first bidder.\"",
          "Deputy Mayor Ines Falk made that promise at a town meeting on Friday.",
          "\"Nobody asked the fishermen.\"",
          "\u2014 Omar Lind, harbor pilot");

  private static final String NOTE =
      String.join(
          "\n\n",
          "Library note puzzles town",
          "\"Leave the lights on for the night readers.\"",
          "The handwritten note was found taped to the door of the closed library on Monday.");

  private static Quote at(AnnotatedArticle doc, String words) {
    int start = doc.text().indexOf(words);
    assertThat(start).as(words).isGreaterThanOrEqualTo(0);
    return doc.quotes().stream()
        .filter(q -> q.span().start() == start)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote at " + start + ": " + words));
  }

  private static String speaker(AnnotatedArticle doc, Quote q) {
    return q.speaker() == null ? null : doc.actor(q.speaker()).name();
  }

  private static String words(AnnotatedArticle doc, Span s) {
    return s == null ? null : s.of(doc.text());
  }

  @Test
  void speakersBehindRelativeClausesAppositionsAndPartialQuotes() {
    AnnotatedArticle doc = TestPipelines.run(HARBOR, DATE);
    Quote partial = at(doc, "pure guesswork");
    assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(partial.span().length()).isEqualTo("pure guesswork".length());
    assertThat(speaker(doc, partial)).isEqualTo("Lena Vogt");
    Quote ortiz = at(doc, "We will carry");
    assertThat(speaker(doc, ortiz)).isEqualTo("Carlos Ortiz");
    assertThat(words(doc, ortiz.cue())).isEqualTo("told");
    Quote hill = at(doc, "the wards were already full");
    assertThat(hill.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(words(doc, hill.span())).isEqualTo("the wards were already full");
    assertThat(speaker(doc, hill)).isEqualTo("Hugh Hill");
    // The spokeswoman speaks, not the ministry she speaks for.
    assertThat(speaker(doc, at(doc, "The talks with the harbor board"))).isEqualTo("Ana Ruiz");
  }

  @Test
  void reportedSpeechWithTheCueAfterItOrOutsideThat() {
    AnnotatedArticle doc = TestPipelines.run(HARBOR, DATE);
    Quote official = at(doc, "The auditors would not meet");
    assertThat(official.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(words(doc, official.span()))
        .isEqualTo("The auditors would not meet the harbor board again this month");
    assertThat(words(doc, official.speakerMention())).endsWith("official");
    Quote authority = at(doc, "cargo traffic fell");
    assertThat(words(doc, authority.span()))
        .isEqualTo("cargo traffic fell by a third in the spring");
    assertThat(words(doc, authority.cue())).isEqualTo("According to");
    assertThat(words(doc, authority.speakerMention())).isEqualTo("the port authority");
    Quote accused = at(doc, "the auditors of ignoring");
    assertThat(words(doc, accused.cue())).isEqualTo("accused");
    assertThat(speaker(doc, accused)).isEqualTo("Lena Vogt");
    Quote urged = at(doc, "the council to reject the report");
    assertThat(words(doc, urged.cue())).isEqualTo("urged");
    assertThat(speaker(doc, urged)).isEqualTo("Lena Vogt");
  }

  @Test
  void unnamedSourcesKeepTheirWordsAndTheirTurn() {
    AnnotatedArticle doc = TestPipelines.run(FLOOD, DATE);
    Quote first = at(doc, "We lost everything");
    assertThat(first.speaker()).isNull();
    assertThat(first.confidence()).isZero();
    assertThat(words(doc, first.speakerMention())).isEqualTo("one resident");
    Quote next = at(doc, "There was no warning");
    assertThat(next.cue()).isNull();
    assertThat(next.speakerMention()).isEqualTo(first.speakerMention());
    assertThat(speaker(doc, at(doc, "Help has to come faster"))).isEqualTo("Rita Mendes");
    // A name and a verb right after the quote: "shouted back" is no speech verb of the lexicon.
    assertThat(speaker(doc, at(doc, "Is anyone listening?"))).isEqualTo("Paulo Souza");
  }

  @Test
  void colonCuesHeadlinesPullQuotesAndTitles() {
    AnnotatedArticle doc = TestPipelines.run(SALE, DATE);
    Quote headline = at(doc, "Reckless");
    assertThat(words(doc, headline.cue())).isEqualTo("says");
    assertThat(words(doc, headline.speakerMention())).isEqualTo("senator");
    Quote board = at(doc, "We regret the delay");
    assertThat(words(doc, board.speakerMention())).isEqualTo("the harbor board");
    assertThat(words(doc, board.cue())).isEqualTo("said");
    assertThat(doc.quotes()).noneMatch(q -> words(doc, q.span()).startsWith("The Long Road"));
    // The speaker is introduced after the quote; not carried over from the board above.
    Quote falk = at(doc, "We will not sell");
    assertThat(speaker(doc, falk)).isEqualTo("Ines Falk");
    Quote signed = at(doc, "Nobody asked the fishermen.");
    assertThat(speaker(doc, signed)).isEqualTo("Omar Lind");
  }

  @Test
  void speakerStaysNullWhenTheStoryNeverSays() {
    AnnotatedArticle doc = TestPipelines.run(NOTE, DATE);
    List<Quote> quotes = doc.quotes();
    assertThat(quotes).hasSize(1);
    Quote note = quotes.get(0);
    assertThat(words(doc, note.span())).isEqualTo("Leave the lights on for the night readers.");
    assertThat(note.speaker()).isNull();
    assertThat(note.speakerMention()).isNull();
    assertThat(note.confidence()).isZero();
  }
}
