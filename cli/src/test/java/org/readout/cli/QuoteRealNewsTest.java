package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

/**
 * Quote classes that real news needs (issue 9), each on a short article written for this test and
 * run through the standard CoreNLP pipeline: the speaker, its words and the quote's offsets.
 */
class QuoteRealNewsTest {

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

  private static final ExtractedText HARBOR_ARTICLE = new ExtractedText("harbor", HARBOR);
  private static final ExtractedText FLOOD_ARTICLE = new ExtractedText("flood", FLOOD);
  private static final ExtractedText SALE_ARTICLE = new ExtractedText("sale", SALE);
  private static final ExtractedText NOTE_ARTICLE = new ExtractedText("note", NOTE);

  @Test
  void speakersBehindRelativeClausesAppositionsAndPartialQuotes() {
    Quote partial = HARBOR_ARTICLE.quoteAt("pure guesswork");
    assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(partial.span().length()).isEqualTo("pure guesswork".length());
    assertThat(HARBOR_ARTICLE.speaker(partial)).isEqualTo("Lena Vogt");
    Quote ortiz = HARBOR_ARTICLE.quoteAt("We will carry");
    assertThat(HARBOR_ARTICLE.speaker(ortiz)).isEqualTo("Carlos Ortiz");
    assertThat(HARBOR_ARTICLE.cue(ortiz)).isEqualTo("told");
    Quote hill = HARBOR_ARTICLE.quoteAt("the wards were already full");
    assertThat(hill.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(HARBOR_ARTICLE.words(hill)).isEqualTo("the wards were already full");
    assertThat(HARBOR_ARTICLE.speaker(hill)).isEqualTo("Hugh Hill");
    // The spokeswoman speaks, not the ministry she speaks for.
    assertThat(HARBOR_ARTICLE.speaker(HARBOR_ARTICLE.quoteAt("The talks with the harbor board")))
        .isEqualTo("Ana Ruiz");
  }

  @Test
  void reportedSpeechWithTheCueAfterItOrOutsideThat() {
    Quote official = HARBOR_ARTICLE.quoteAt("The auditors would not meet");
    assertThat(official.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(HARBOR_ARTICLE.words(official))
        .isEqualTo("The auditors would not meet the harbor board again this month");
    assertThat(HARBOR_ARTICLE.mention(official)).endsWith("official");
    Quote authority = HARBOR_ARTICLE.quoteAt("cargo traffic fell");
    assertThat(HARBOR_ARTICLE.words(authority))
        .isEqualTo("cargo traffic fell by a third in the spring");
    assertThat(HARBOR_ARTICLE.cue(authority)).isEqualTo("According to");
    assertThat(HARBOR_ARTICLE.mention(authority)).isEqualTo("the port authority");
    Quote accused = HARBOR_ARTICLE.quoteAt("the auditors of ignoring");
    assertThat(HARBOR_ARTICLE.cue(accused)).isEqualTo("accused");
    assertThat(HARBOR_ARTICLE.speaker(accused)).isEqualTo("Lena Vogt");
    Quote urged = HARBOR_ARTICLE.quoteAt("the council to reject the report");
    assertThat(HARBOR_ARTICLE.cue(urged)).isEqualTo("urged");
    assertThat(HARBOR_ARTICLE.speaker(urged)).isEqualTo("Lena Vogt");
  }

  @Test
  void unnamedSourcesKeepTheirWordsAndTheirTurn() {
    Quote first = FLOOD_ARTICLE.quoteAt("We lost everything");
    assertThat(first.speaker()).isNull();
    assertThat(first.confidence()).isZero();
    assertThat(FLOOD_ARTICLE.mention(first)).isEqualTo("one resident");
    Quote next = FLOOD_ARTICLE.quoteAt("There was no warning");
    assertThat(next.cue()).isNull();
    assertThat(next.speakerMention()).isEqualTo(first.speakerMention());
    assertThat(FLOOD_ARTICLE.speaker(FLOOD_ARTICLE.quoteAt("Help has to come faster")))
        .isEqualTo("Rita Mendes");
    // A name and a verb right after the quote: "shouted back" is no speech verb of the lexicon.
    assertThat(FLOOD_ARTICLE.speaker(FLOOD_ARTICLE.quoteAt("Is anyone listening?")))
        .isEqualTo("Paulo Souza");
  }

  @Test
  void colonCuesHeadlinesPullQuotesAndTitles() {
    Quote headline = SALE_ARTICLE.quoteAt("Reckless");
    assertThat(SALE_ARTICLE.cue(headline)).isEqualTo("says");
    assertThat(SALE_ARTICLE.mention(headline)).isEqualTo("senator");
    Quote board = SALE_ARTICLE.quoteAt("We regret the delay");
    assertThat(SALE_ARTICLE.mention(board)).isEqualTo("the harbor board");
    assertThat(SALE_ARTICLE.cue(board)).isEqualTo("said");
    assertThat(SALE_ARTICLE.doc().quotes())
        .noneMatch(q -> SALE_ARTICLE.words(q).startsWith("The Long Road"));
    // The speaker is introduced after the quote; not carried over from the board above.
    Quote falk = SALE_ARTICLE.quoteAt("We will not sell");
    assertThat(SALE_ARTICLE.speaker(falk)).isEqualTo("Ines Falk");
    Quote signed = SALE_ARTICLE.quoteAt("Nobody asked the fishermen.");
    assertThat(SALE_ARTICLE.speaker(signed)).isEqualTo("Omar Lind");
  }

  @Test
  void speakerStaysNullWhenTheStoryNeverSays() {
    List<Quote> quotes = NOTE_ARTICLE.doc().quotes();
    assertThat(quotes).hasSize(1);
    Quote note = quotes.get(0);
    assertThat(NOTE_ARTICLE.words(note)).isEqualTo("Leave the lights on for the night readers.");
    assertThat(note.speaker()).isNull();
    assertThat(note.speakerMention()).isNull();
    assertThat(note.confidence()).isZero();
  }
}
