package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Actors as event participants (issue 8, session 13) through the standard pipeline: every member of
 * a listed origin is a source; Japanese names in family-name-first order; a name the tagger took
 * for the end of an organization's; an unnamed spokesman introduced with "a"; international bodies.
 * The articles are our own.
 */
class EventParticipantsPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("participants", text);
  }

  private static Actor actor(AnnotatedArticle doc, String id) {
    return doc.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyCountryOfAListedOriginArrives() {
    String text = "Rescue teams from Chile, Peru and Brazil arrived in Ecuador on Wednesday.";
    AnnotatedArticle doc = run(text);
    assertThat(EventSentences.triples(doc)).contains("CHL>ECU 042", "PER>ECU 042", "BRA>ECU 042");
    Event chile =
        doc.events().stream().filter(e -> e.sourceCode().equals("CHL")).findFirst().orElseThrow();
    assertThat(chile.span().start()).isEqualTo(text.indexOf("Chile"));
  }

  @Test
  void aPairThatCondemnsActsEachOnTheTargetNotOnEachOther() {
    AnnotatedArticle doc = run("Spain and Italy condemned Syria over the chemical attack.");
    assertThat(EventSentences.triples(doc))
        .contains("ESP>SYR 111", "ITA>SYR 111")
        .doesNotContain("ESP>ITA 111", "ITA>ESP 111");
  }

  @Test
  void aJapaneseNameFamilyNameFirstIsTheDictionaryPerson() {
    String text =
        "Prime Minister Ishiba Shigeru met Chinese Premier Li Qiang in Vientiane on Thursday."
            + " Ishiba praised the talks.";
    AnnotatedArticle doc = run(text);
    Actor ishiba = actor(doc, "person/shigeru-ishiba");
    assertThat(ishiba.code()).isEqualTo("JPNGOV");
    assertThat(ishiba.mentions()).hasSize(2);
    assertThat(ishiba.mentions().get(0).span().start()).isEqualTo(text.indexOf("Ishiba Shigeru"));
    assertThat(EventSentences.triples(doc)).contains("JPNGOV>CHNGOV 040", "CHNGOV>JPNGOV 040");
  }

  @Test
  void aForeignMinisterWhoCriticizesAStateKeepsHisOwnCountry() {
    AnnotatedArticle doc =
        run("Foreign Minister Iwaya Takeshi criticized North Korea over the launch.");
    assertThat(EventSentences.triples(doc)).containsExactly("JPNGOV>PRK 111");
  }

  @Test
  void aSpokespersonTaggedAsAnOrganizationIsAPersonAndHerSurnameJoinsHer() {
    String text =
        "Chinese Foreign Ministry Spokesperson Mao Ning criticized Japan on Tuesday."
            + " Spokesperson Mao said Beijing opposed the drills.";
    AnnotatedArticle doc = run(text);
    Actor mao = actor(doc, "person/~mao-ning");
    assertThat(mao.code()).isEqualTo("CHNGOV");
    assertThat(mao.mentions()).hasSize(2);
    assertThat(mao.mentions().get(1).span().start()).isEqualTo(text.indexOf("Mao said"));
    assertThat(doc.actors()).noneMatch(a -> a.name().startsWith("Chinese Foreign Ministry"));
    assertThat(EventSentences.triples(doc)).contains("CHNGOV>JPN 111");
  }

  @Test
  void anUnnamedSpokesmanSpeaksForTheStateJustNamedOrTheOneHisPhraseNames() {
    String text =
        "South Korea summoned the Japanese ambassador on Sunday. A spokesman for the ministry"
            + " accused Tokyo of distorting history. A spokesman for the Russian defence ministry"
            + " denied the report.";
    AnnotatedArticle doc = run(text);
    List<String> triples = EventSentences.triples(doc);
    assertThat(triples).contains("KORGOV>JPNGOV 112", "RUSGOV>- 016");
    Event accusation =
        doc.events().stream().filter(e -> e.code().equals("112")).findFirst().orElseThrow();
    assertThat(accusation.span().start()).isEqualTo(text.indexOf("A spokesman for the ministry"));
  }

  @Test
  void anIndefiniteSpokesmanIsNotThePresidentNamedBefore() {
    AnnotatedArticle doc =
        run(
            "President Emmanuel Macron visited Berlin on Monday. A spokesman for the ministry"
                + " accused Moscow of lying.");
    assertThat(actor(doc, "person/emmanuel-macron").mentions()).hasSize(1);
  }

  @Test
  void internationalBodiesAreCodedAsIgos() {
    AnnotatedArticle doc =
        run(
            "NATO condemned Russia on Monday. The World Health Organization criticized Sudan."
                + " Amnesty International accused Egypt of torture.");
    assertThat(EventSentences.triples(doc))
        .contains("IGONAT>RUS 111", "IGOWHO>SDN 111")
        .anyMatch(t -> t.startsWith("NGOAMN>EGY 112"));
  }
}
