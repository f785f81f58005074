package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventFixtures.article;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.MentionKind;

/** Golden sentences for issue 5, written for these tests about invented countries. */
class EventCoderTest {
  private static final String VAL = "country/VAL";
  private static final String KES = "country/KES";
  private static final String MOR = "country/MOR";

  /** Invented countries Valdoria, Kestria and Morvath, with demonyms. */
  static EventFixtures world(String text) {
    return article(text)
        .actor(VAL, ActorKind.COUNTRY, "VAL", "VAL", "Valdorian", "Valdoria")
        .actor(KES, ActorKind.COUNTRY, "KES", "KES", "Kestrian", "Kestria")
        .actor(MOR, ActorKind.COUNTRY, "MOR", "MOR", "Morvath");
  }

  static Stream<Arguments> oneSentencePerRootCategory() {
    return Stream.of(
        Arguments.of("Valdoria expressed optimism about the harvest.", "country/VAL>null 013"),
        Arguments.of("Valdoria urged Kestria to resume talks.", "country/VAL>country/KES 026"),
        Arguments.of(
            "Valdoria pledged to deepen cooperation with Kestria.", "country/VAL>country/KES 030"),
        Arguments.of(
            "Valdoria and Kestria held talks in the capital.",
            "country/VAL>country/KES 040|country/KES>country/VAL 040"),
        Arguments.of("Valdoria praised Kestria for its restraint.", "country/VAL>country/KES 051"),
        Arguments.of(
            "Valdoria and Kestria held joint military exercises near the coast.",
            "country/VAL>country/KES 062|country/KES>country/VAL 062"),
        Arguments.of("Valdoria sent humanitarian aid to Kestria.", "country/VAL>country/KES 073"),
        Arguments.of("Kestria freed two Valdorian sailors.", "country/KES>country/VAL 0841"),
        Arguments.of("Kestria launched an investigation into the bombing.", "country/KES>null 090"),
        Arguments.of(
            "Valdoria demanded that Kestria withdraw its troops.", "country/VAL>country/KES 1056"),
        Arguments.of(
            "Kestria accused Valdoria of shelling border villages.",
            "country/KES>country/VAL 1123"),
        Arguments.of(
            "Kestria refused to lift sanctions on Valdoria.", "country/KES>country/VAL 1244"),
        Arguments.of(
            "Valdoria threatened to impose sanctions on Kestria.", "country/VAL>country/KES 1312"),
        // Issue 8: people protest against their own state, as CAMEO codes a domestic protest.
        Arguments.of(
            "Valdorian farmers protested against the tariffs.", "country/VAL>country/VAL 140"),
        Arguments.of(
            "Kestria deployed troops along the Valdoria border.", "country/KES>country/VAL 154"),
        Arguments.of(
            "Valdoria recalled its ambassador from Kestria.", "country/VAL>country/KES 161"),
        Arguments.of("Kestria arrested three Valdorian diplomats.", "country/KES>country/VAL 173"),
        Arguments.of("Morvath kidnapped two Kestrian engineers.", "country/MOR>country/KES 181"),
        Arguments.of(
            "Valdoria shelled Kestrian positions overnight.", "country/VAL>country/KES 194"),
        Arguments.of(
            "Morvath used chemical weapons against Kestria.", "country/MOR>country/KES 2041"));
  }

  @ParameterizedTest
  @MethodSource
  void oneSentencePerRootCategory(String text, String expected) {
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    assertThat(String.join("|", describe(doc))).isEqualTo(expected);
  }

  @Test
  void eventCarriesCodebookValuesActorCodesAndEvidenceSpan() {
    String text = "Yesterday Valdoria imposed sanctions on Kestria.";
    Event e = world(text).coded().events().get(0);
    assertThat(e.code()).isEqualTo("163");
    assertThat(e.rootCode()).isEqualTo("16");
    assertThat(e.quadClass()).isEqualTo(4);
    assertThat(e.goldstein()).isEqualTo(-8.0);
    assertThat(e.sourceCode()).isEqualTo("VAL");
    assertThat(e.targetCode()).isEqualTo("KES");
    assertThat(e.span().start()).isEqualTo(text.indexOf("Valdoria"));
    assertThat(e.span().end()).isEqualTo(text.indexOf("Kestria") + "Kestria".length());
    assertThat(e.date()).isEqualTo("2024-03-15");
    assertThat(e.mentions()).isEqualTo(1);
  }

  @Test
  void negatedPredicatesAreNotCoded() {
    assertThat(world("Valdoria did not attend the summit with Kestria.").coded().events())
        .isEmpty();
    assertThat(world("Valdoria and Kestria held no talks.").coded().events()).isEmpty();
    assertThat(world("Valdoria never attacked Kestria.").coded().events()).isEmpty();
    assertThat(world("Valdoria failed to invite Kestria.").coded().events()).isEmpty();
  }

  @Test
  void possibleAndConditionalPredicatesAreNotCoded() {
    assertThat(world("Valdoria may impose sanctions on Kestria.").coded().events()).isEmpty();
    assertThat(world("Kestria could attack Valdoria.").coded().events()).isEmpty();
    assertThat(
            world("If Valdoria imposes sanctions on Kestria, trade will suffer.").coded().events())
        .isEmpty();
  }

  @Test
  void futureConflictIsAThreatAndFutureCooperationAnIntent() {
    assertThat(describe(world("Valdoria will impose sanctions on Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 1312");
    assertThat(describe(world("Valdoria will send humanitarian aid to Kestria.").coded()))
        .containsExactly("country/VAL>country/KES 0333");
  }

  @Test
  void passiveVoiceSwapsSourceAndTarget() {
    assertThat(describe(world("Kestria was attacked by Valdoria.").coded()))
        .containsExactly("country/VAL>country/KES 190");
    assertThat(world("Kestria was attacked overnight.").coded().events())
        .as("no agent, no source")
        .isEmpty();
  }

  @Test
  void groupActorsExpandToMembersInBothDirections() {
    String text = "Ilva Sorn met Tomas Brel. The two leaders invited each other to the festival.";
    AnnotatedArticle doc =
        article(text)
            .actor("person/sorn", ActorKind.PERSON, "KESGOV", "KES", "Ilva Sorn")
            .actor("person/brel", ActorKind.PERSON, "VALGOV", "VAL", "Tomas Brel")
            .group("group/leaders", "The two leaders", 0, "person/sorn", "person/brel")
            .coded();
    assertWellFormed(doc);
    assertThat(describe(doc))
        .containsExactlyInAnyOrder(
            "person/sorn>person/brel 040",
            "person/brel>person/sorn 040",
            "person/sorn>person/brel 036",
            "person/brel>person/sorn 036");
  }

  @Test
  void plainTwoLeadersAndPronounsReferToTheLastPair() {
    String text = "Sorn and Brel held a phone call. They agreed to exchange visits.";
    AnnotatedArticle doc =
        article(text)
            .actor("person/sorn", ActorKind.PERSON, "KESGOV", "KES", "Sorn")
            .actor("person/brel", ActorKind.PERSON, "VALGOV", "VAL", "Brel")
            .coded();
    assertThat(describe(doc))
        .containsExactlyInAnyOrder(
            "person/sorn>person/brel 041",
            "person/brel>person/sorn 041",
            "person/sorn>person/brel 036",
            "person/brel>person/sorn 036");
  }

  @Test
  void nounTriggersReadPossessivesAndBetween() {
    assertThat(describe(world("Valdoria's talks with Kestria ended late.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/KES 040", "country/KES>country/VAL 040");
    assertThat(describe(world("Talks between Valdoria and Morvath resumed.").coded()))
        .containsExactlyInAnyOrder("country/VAL>country/MOR 040", "country/MOR>country/VAL 040");
  }

  @Test
  void repeatedStatementIsOneEventWithMentions() {
    String text =
        "Valdoria imposed sanctions on Kestria.\n\nLater, Valdoria imposed new sanctions on Kestria.";
    List<Event> events = world(text).coded().events();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).mentions()).isEqualTo(2);
    assertThat(events.get(0).span().start()).isEqualTo(0);
  }

  @Test
  void quoteIsCodedForTheSpeakerOnlyWhenTheSpeakerCommits() {
    String text =
        "Ilva Sorn spoke in Kestria on Monday.\n\n\"We will support Valdoria in its recovery,\" Sorn said. "
            + "\"Morvath attacked our border posts,\" Sorn added. \"We could praise Valdoria,\" Sorn said.";
    AnnotatedArticle doc =
        world(text)
            .actor("person/sorn", ActorKind.PERSON, "KESGOV", "KES", "Ilva Sorn", "Sorn")
            .quote("We will support Valdoria in its recovery,", "person/sorn")
            .quote("Morvath attacked our border posts,", "person/sorn")
            .quote("We could praise Valdoria,", "person/sorn")
            .coded();
    assertWellFormed(doc);
    assertThat(describe(doc)).containsExactly("person/sorn>country/VAL 032");
  }

  @Test
  void dateComesFromTheSentenceThenTheParagraphThenTheDocument() {
    String text =
        "On 3 March Valdoria met Kestria. Valdoria also praised Kestria.\n\n"
            + "Valdoria invited Morvath to visit on 9 May.";
    AnnotatedArticle doc =
        world(text)
            .time("3 March", "2024-03-03")
            .time("9 May", "2024-05-09")
            .date(LocalDate.of(2024, 3, 15))
            .coded();
    assertThat(doc.events())
        .extracting(Event::code, Event::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("040", "2024-03-03"),
            org.assertj.core.groups.Tuple.tuple("040", "2024-03-03"),
            org.assertj.core.groups.Tuple.tuple("051", "2024-03-03"),
            org.assertj.core.groups.Tuple.tuple("036", "2024-03-15"));
  }

  @Test
  void pronounMentionCountsAsItsActor() {
    String text = "Valdoria issued a statement. It condemned Kestria.";
    AnnotatedArticle doc = world(text).mention(VAL, "It", 0, MentionKind.PRONOUN).coded();
    assertThat(describe(doc)).containsExactly("country/VAL>country/KES 111");
  }

  @Test
  void badInputNeverThrows() {
    assertThat(world("").coded().events()).isEmpty();
    assertThat(article("Nobody attacked anybody.").coded().events()).isEmpty();
    StringBuilder huge = new StringBuilder("Valdoria");
    for (int i = 0; i < 20_000; i++) {
      huge.append(" attacked and threatened to attack and met \" with");
    }
    huge.append(" Kestria.");
    AnnotatedArticle doc = world(huge.toString()).coded();
    assertWellFormed(doc);
    StringBuilder marks = new StringBuilder("Valdoria met Kestria ");
    marks.append("\"".repeat(5000)).append(" Kestria attacked Valdoria \u201c\u201d\u201c.");
    assertWellFormed(world(marks.toString()).coded());
  }

  static List<String> describe(AnnotatedArticle doc) {
    return doc.events().stream().map(e -> e.source() + ">" + e.target() + " " + e.code()).toList();
  }
}
