package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * The indirect-speech classes added in session 11 (issue 9) through the standard pipeline: passive
 * speech verbs, participle cues, "that" before a quote, reported questions, long sources after
 * "according to", speech nouns with an agent or an infinitive, contracted verbs, postposed cues
 * with a long apposition, subjects before an aside, and a title-case headline. Each sentence is
 * checked for the statement's offsets, cue and speaker. The article is our own, about an invented
 * harbor town.
 */
class IndirectSpeechSession11PipelineTest {
  private static final String TEXT =
      String.join(
          "\n\n",
          "Harbor Mayor Says The Pier Will Reopen Before Summer",
          "NORTHFIELD - Mayor Ines Falk was asked whether the old pier would reopen before the summer"
              + " season.",
          "The harbor engineer was told by inspectors that the seawall had cracked in two places.",
          "Falk was quoted as saying the levy was fair to every household.",
          "Asked about the ferry timetable, Falk said the boats would run every hour.",
          "Senator Ana Ruiz criticized the council on Tuesday, accusing Mayor Ines Falk of hiding the"
              + " repair costs.",
          "Ruiz added that \"the harbor was run well for a decade.\"",
          "Tomas Brandt explained how the council would pay for the new seawall.",
          "According to a regional survey of nine hundred households, most residents support the"
              + " levy.",
          "The council ignored claims by the fishermen's union that the dredging had poisoned the"
              + " bay.",
          "Ruiz doubted Falk's promise to rebuild the pier by the autumn.",
          "Brandt says it’s too late to save the old lighthouse.",
          "The ferry service will need a new operator by the spring, said Dana Whitlock, director of"
              + " the coastal transport office at the regional university's center for maritime"
              + " studies.",
          "Senator Ana Ruiz (a Northfield native first elected to the senate in 2019) says the levy"
              + " is too high for pensioners.");

  private static final ExtractedText ARTICLE = new ExtractedText("harbor-passives", TEXT);

  private static String speakerName(Quote q) {
    return ARTICLE.doc().actors().stream()
        .filter(a -> a.id().equals(q.speaker()))
        .map(a -> a.name())
        .findFirst()
        .orElse("-");
  }

  @Test
  void aTitleCaseHeadlineReportsTheRestOfTheLine() {
    Quote q = ARTICLE.statementAt("The Pier Will");
    assertThat(q.span()).isEqualTo(new Span(18, 52));
    assertThat(ARTICLE.cue(q)).isEqualTo("Says");
    assertThat(ARTICLE.mention(q)).isEqualTo("Harbor Mayor");
  }

  @Test
  void thePassiveSubjectIsAskedNotTheSpeaker() {
    Quote q = ARTICLE.statementAt("whether the old pier");
    assertThat(q.span()).isEqualTo(new Span(93, 151));
    assertThat(ARTICLE.cue(q)).isEqualTo("asked");
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerMention()).isNull();
  }

  @Test
  void thePassiveAgentAfterBySpeaks() {
    Quote q = ARTICLE.statementAt("the seawall had cracked");
    assertThat(ARTICLE.words(q)).isEqualTo("the seawall had cracked in two places");
    assertThat(ARTICLE.cue(q)).isEqualTo("told");
    assertThat(ARTICLE.mention(q)).isEqualTo("inspectors");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void quotedAsSayingKeepsTheSubjectAsSpeaker() {
    Quote q = ARTICLE.statementAt("the levy was fair");
    assertThat(q.span()).isEqualTo(new Span(268, 304));
    assertThat(ARTICLE.mention(q)).isEqualTo("Falk");
    assertThat(speakerName(q)).isEqualTo("Ines Falk");
  }

  @Test
  void aReducedPassiveEndsAtItsCommaAndTheMainClauseStillSpeaks() {
    Quote asked = ARTICLE.statementAt("the ferry timetable");
    assertThat(ARTICLE.words(asked)).isEqualTo("the ferry timetable");
    assertThat(asked.speaker()).isNull();
    Quote said = ARTICLE.statementAt("the boats would");
    assertThat(ARTICLE.words(said)).isEqualTo("the boats would run every hour");
    assertThat(speakerName(said)).isEqualTo("Ines Falk");
  }

  @Test
  void aParticipleCueIsTheClauseSubjectsNotItsObjects() {
    Quote q = ARTICLE.statementAt("Mayor Ines Falk of hiding");
    assertThat(q.span()).isEqualTo(new Span(444, 486));
    assertThat(ARTICLE.cue(q)).isEqualTo("accusing");
    assertThat(speakerName(q)).isEqualTo("Ana Ruiz");
    // No statement credits the accused: ", accusing Falk of ..." is no inverted "said Falk".
    assertThat(ARTICLE.doc().quotes())
        .noneMatch(
            x -> x.kind() == QuoteKind.INDIRECT && x.span().start() == TEXT.indexOf("Senator Ana"));
  }

  @Test
  void aQuoteAfterThatIsAlsoAnIndirectStatement() {
    Quote q = ARTICLE.statementAt("\"the harbor was run");
    assertThat(q.span()).isEqualTo(new Span(505, 544));
    assertThat(speakerName(q)).isEqualTo("Ana Ruiz");
    assertThat(ARTICLE.doc().quotes())
        .anyMatch(x -> x.kind() == QuoteKind.PARTIAL && x.span().equals(new Span(506, 543)));
  }

  @Test
  void explainHowReportsAQuestion() {
    Quote q = ARTICLE.statementAt("how the council");
    assertThat(ARTICLE.words(q)).isEqualTo("how the council would pay for the new seawall");
    assertThat(speakerName(q)).isEqualTo("Tomas Brandt");
  }

  @Test
  void aLongSourceAfterAccordingToKeepsItsWords() {
    Quote q = ARTICLE.statementAt("most residents");
    assertThat(q.span()).isEqualTo(new Span(676, 707));
    assertThat(ARTICLE.cue(q)).isEqualTo("According to");
    assertThat(ARTICLE.mention(q)).startsWith("a regional survey");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void aSpeechNounWithAByAgentReportsItsClause() {
    Quote q = ARTICLE.statementAt("the dredging had");
    assertThat(ARTICLE.words(q)).isEqualTo("the dredging had poisoned the bay");
    assertThat(ARTICLE.cue(q)).isEqualTo("claims");
    assertThat(ARTICLE.mention(q)).contains("union");
  }

  @Test
  void aSpeechNounWithAnInfinitive() {
    Quote q = ARTICLE.statementAt("to rebuild the pier");
    assertThat(ARTICLE.words(q)).isEqualTo("to rebuild the pier by the autumn");
    assertThat(ARTICLE.cue(q)).isEqualTo("promise");
    assertThat(speakerName(q)).isEqualTo("Ines Falk");
  }

  @Test
  void aContractedVerbMakesAZeroThatClause() {
    Quote q = ARTICLE.statementAt("it’s too late");
    assertThat(ARTICLE.words(q)).isEqualTo("it’s too late to save the old lighthouse");
    assertThat(speakerName(q)).isEqualTo("Tomas Brandt");
  }

  @Test
  void aPostposedCueWithALongAppositionReportsTheClauseBeforeIt() {
    Quote q = ARTICLE.statementAt("The ferry service");
    assertThat(ARTICLE.words(q))
        .isEqualTo("The ferry service will need a new operator by the spring");
    assertThat(ARTICLE.cue(q)).isEqualTo("said");
    assertThat(ARTICLE.mention(q)).isEqualTo("Dana Whitlock");
  }

  @Test
  void aSubjectBeforeABracketedAsideSpeaks() {
    Quote q = ARTICLE.statementAt("the levy is too high");
    assertThat(ARTICLE.words(q)).isEqualTo("the levy is too high for pensioners");
    assertThat(speakerName(q)).isEqualTo("Ana Ruiz");
  }

  @Test
  void aSpeechParticipleThatOpensTheArticleHasNothingBeforeItToRead() {
    // The participle's object check looked at the token before the text's first (index -1), which
    // failed the whole article; found on a one-sentence article of the PLV evaluation.
    ExtractedText opening =
        new ExtractedText(
            "participle-first",
            "Saying the seawall was unsafe, the harbor engineer closed the pier on Monday.");
    assertThat(opening.doc().text()).startsWith("Saying");
  }
}
