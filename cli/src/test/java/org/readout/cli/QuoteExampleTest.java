package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;

/** Acceptance test of issue 3 on the example article: nine quotes, their speakers and channels. */
class QuoteExampleTest {
  @Test
  void findsTheNineQuotesTheirSpeakersAndChannels() throws Exception {
    AnnotatedArticle doc = TestPipelines.example();
    String text = doc.text();

    List<Quote> direct = doc.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
    assertThat(direct).hasSize(9);
    assertThat(direct)
        .extracting(q -> name(doc, q.speaker()))
        .containsExactly("Xi", "Putin", "Putin", "Putin", "Putin", "Putin", "Putin", "Xi", "Xi");
    assertThat(direct.subList(0, 2)).extracting(q -> channel(doc, q.via())).containsOnly("Xinhua");
    assertThat(direct.subList(2, 7)).extracting(q -> channel(doc, q.via())).containsOnly("TASS");
    // The first quotation is the one after the article's first quote mark, without the mark.
    assertThat(direct.get(0).span().start()).isEqualTo(text.indexOf('"') + 1);
    assertThat(direct.get(2).kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(direct.get(2).span().of(text)).startsWith("friendship, mutual trust");

    Quote noted = indirectAt(doc, text.indexOf("the Lunar New Year"));
    Quote prepared = indirectAt(doc, text.indexOf("China is prepared"));
    assertThat(name(doc, noted.speaker())).isEqualTo("Xi");
    assertThat(name(doc, prepared.speaker())).isEqualTo("Xi");
    assertThat(noted.span().of(text)).endsWith("a few days away");
  }

  private static Quote indirectAt(AnnotatedArticle doc, int start) {
    return doc.quotes().stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT && q.span().start() == start)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no indirect quote at " + start + " in " + doc.quotes()));
  }

  /** "Xi" or "Putin" for the two leaders, the actor's name otherwise. */
  private static String name(AnnotatedArticle doc, String id) {
    Actor a = doc.actor(id);
    if (a == null) {
      return "null";
    }
    return a.name().contains("Xi") ? "Xi" : a.name().contains("Putin") ? "Putin" : a.name();
  }

  private static String channel(AnnotatedArticle doc, String id) {
    Actor a = doc.actor(id);
    if (a == null) {
      return "null";
    }
    return a.name().contains("Xinhua")
        ? "Xinhua"
        : a.name().toUpperCase(java.util.Locale.ROOT).contains("TASS") ? "TASS" : a.name();
  }
}
