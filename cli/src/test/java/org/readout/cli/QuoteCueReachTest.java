package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;

/**
 * Direct-quote speakers of issue 9's session 11, on an article written for this test about an
 * invented island ferry and run through the standard CoreNLP pipeline: a cue whose subject stands
 * after the verb ("..., said a councillor, "and ...""), an infinitive cue ("went on to say"), a
 * participle that continues a statement across a quoted title ("adding") or follows its verb's
 * object ("issued a statement ... saying"), a person before two appositions, a body with an
 * apposition, a document as the antecedent of "which", the writer's own "I", cues without a lexicon
 * verb beside the quote (a colon after "agreed", "X disagreed." before it, "scoffed X" after it),
 * and an unnamed speaker's second quote. Each quote is named by the words it starts with; its words
 * and cue pin its offsets.
 */
class QuoteCueReachTest {
  private static final String TEXT =
      String.join(
          "\n\n",
          "Island council splits over ferry contract",
          "\"The contract is fair,\" said a harbor councillor, \"and the town can afford it.\"",
          "Council member Tomas Brandt went on to say, \"Nobody has read the fine print.\"",
          "Brandt repeated the point on the radio program \"Harbor Hour,\" adding, \"We should wait"
              + " for the audit.\"",
          "Ines Falk, editor of the Island Courier, a weekly paper read in every village on the"
              + " coast, wrote, \"The council owes the islanders an answer.\"",
          "The Harbor Trust, a charity that owns the old pier, said, \"We will not sell the pier to"
              + " the ferry company.\"",
          "The trust also published a new engineering survey, which warns, \"The pilings will not"
              + " last another five winters.\"",
          "As I wrote in this column last week, \"The ferry is the only road this island has.\"",
          "Mayor Jonas Berg issued a statement on Tuesday saying, \"The town will not pay twice for"
              + " one ferry.\"",
          "Petra Holm, a fisheries inspector at the port, agreed: \"The timetable has to change.\"",
          "\"Nobody asked the fishermen,\" scoffed Olga Brandt, who sells fish on the quay.",
          "Karin Lund disagreed. \"The fares are the lowest on the coast.\"",
          "\"We will appeal,\" said a spokesman for the islanders' association. \"The contract"
              + " breaks the charter.\"");

  private static final ExtractedText ARTICLE = new ExtractedText("ferry", TEXT);

  @Test
  void aSpeakerNamedAfterTheVerbSpeaks() {
    Quote fair = ARTICLE.quoteAt("The contract is fair,");
    assertThat(fair.span().start()).isEqualTo(44);
    assertThat(ARTICLE.mention(fair)).isEqualTo("a harbor councillor");
    // The second half of an interrupted quote: the cue before it names its speaker after it.
    Quote rest = ARTICLE.quoteAt("and the town can afford it.");
    assertThat(ARTICLE.mention(rest)).isEqualTo("a harbor councillor");
    assertThat(rest.speaker()).isNull();
  }

  @Test
  void infinitivesAndParticiplesTakeTheSubjectOfTheirClause() {
    Quote print = ARTICLE.quoteAt("Nobody has read");
    assertThat(ARTICLE.words(print)).isEqualTo("Nobody has read the fine print.");
    assertThat(ARTICLE.cue(print)).isEqualTo("say");
    assertThat(ARTICLE.speaker(print)).isEqualTo("Tomas Brandt");
    Quote audit = ARTICLE.quoteAt("We should wait for the audit.");
    assertThat(ARTICLE.cue(audit)).isEqualTo("adding");
    assertThat(ARTICLE.speaker(audit)).isEqualTo("Tomas Brandt");
  }

  @Test
  void appositionsBodiesAndDocumentsBeforeTheVerb() {
    Quote falk = ARTICLE.quoteAt("The council owes");
    assertThat(ARTICLE.cue(falk)).isEqualTo("wrote");
    assertThat(ARTICLE.speaker(falk)).isEqualTo("Ines Falk");
    Quote trust = ARTICLE.quoteAt("We will not sell the pier");
    assertThat(ARTICLE.mention(trust)).contains("Harbor Trust");
    assertThat(trust.speaker()).isNotNull();
    Quote survey = ARTICLE.quoteAt("The pilings will not last");
    assertThat(ARTICLE.cue(survey)).isEqualTo("warns");
    assertThat(ARTICLE.mention(survey)).isEqualTo("a new engineering survey");
  }

  @Test
  void theClauseSubjectOfAParticipleAfterItsObjectSpeaks() {
    Quote berg = ARTICLE.quoteAt("The town will not pay twice");
    assertThat(ARTICLE.cue(berg)).isEqualTo("saying");
    assertThat(ARTICLE.speaker(berg)).isEqualTo("Jonas Berg");
  }

  @Test
  void aPersonIntroducesTheQuoteWithoutAVerbOfTheLexiconBeside() {
    Quote holm = ARTICLE.quoteAt("The timetable has to change.");
    // The colon after "agreed" is the cue; the verb's subject, across its apposition, speaks.
    assertThat(ARTICLE.cue(holm)).isEqualTo(":");
    assertThat(ARTICLE.speaker(holm)).isEqualTo("Petra Holm");
    Quote olga = ARTICLE.quoteAt("Nobody asked the fishermen,");
    assertThat(ARTICLE.cue(olga)).isEqualTo("scoffed");
    assertThat(ARTICLE.speaker(olga)).isEqualTo("Olga Brandt");
    Quote lund = ARTICLE.quoteAt("The fares are the lowest");
    assertThat(ARTICLE.cue(lund)).isEqualTo("disagreed");
    assertThat(ARTICLE.speaker(lund)).isEqualTo("Karin Lund");
  }

  @Test
  void aQuoteAfterAnUnnamedSpeakersQuoteIsNotAnEarlierSpeakers() {
    Quote appeal = ARTICLE.quoteAt("We will appeal,");
    assertThat(appeal.speaker()).isNull();
    Quote charter = ARTICLE.quoteAt("The contract breaks the charter.");
    assertThat(charter.cue()).isNull();
    // Karin Lund spoke in the paragraph before; this is the spokesman going on.
    assertThat(charter.speaker()).isNull();
  }

  @Test
  void theWritersOwnWordsKeepTheirPronounAndNoActor() {
    Quote column = ARTICLE.quoteAt("The ferry is the only road");
    assertThat(ARTICLE.cue(column)).isEqualTo("wrote");
    assertThat(ARTICLE.mention(column)).isEqualTo("I");
    assertThat(column.speaker()).isNull();
    assertThat(column.confidence()).isZero();
  }
}
