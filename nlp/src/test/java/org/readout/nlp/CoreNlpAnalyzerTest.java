package org.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.core.analysis.TextAnalyzer.Analysis;
import org.readout.core.model.EntityMention;
import org.readout.core.model.EntityType;
import org.readout.core.model.Token;

class CoreNlpAnalyzerTest {
  static CoreNlpAnalyzer analyzer;

  static final String TEXT =
      "Kenyan President William Ruto met Angela Merkel in Nairobi on Monday.\n\n"
          + "\u201cWe agreed on trade,\u201d he told Reuters. The talks lasted two hours.";

  @BeforeAll
  static void load() {
    analyzer = new CoreNlpAnalyzer();
  }

  @Test
  void tokensCarryOffsetsIntoTheOriginalText() {
    Analysis a = analyzer.analyze(TEXT);
    for (Token t : a.tokens()) {
      assertThat(t.span().of(TEXT)).isNotBlank();
    }
    assertThat(a.tokens().get(0).span().of(TEXT)).isEqualTo("Kenyan");
    assertThat(a.tokens().get(0).tag()).isEqualTo("JJ");
    // Curly quotes keep their own characters: offsets, not normalized token text, are the truth.
    assertThat(a.tokens().stream().map(t -> t.span().of(TEXT))).contains("\u201c", "\u201d");
  }

  @Test
  void aTextWithNoSentenceBreaksReachesTheTaggerInCappedPieces() {
    // 3,000 words and not one full stop: before the cap this was one 3,000-token "sentence".
    StringBuilder b = new StringBuilder("Ministers from Kenya met in Nairobi");
    for (int i = 0; i < 600; i++) {
      b.append(i % 7 == 3 ? ", and " : " and ").append("they talked about trade again");
    }
    String text = b.toString();
    Analysis a = analyzer.analyze(text);
    assertThat(a.sentences()).hasSizeGreaterThan(3000 / CoreNlpAnalyzer.MAX_SENTENCE_TOKENS);
    assertThat(a.sentences())
        .allSatisfy(
            s ->
                assertThat(s.endToken() - s.firstToken())
                    .isLessThanOrEqualTo(CoreNlpAnalyzer.MAX_SENTENCE_TOKENS));
    // Pieces tile the tokens with no gap or overlap, and every token is still tagged.
    for (int i = 1; i < a.sentences().size(); i++) {
      assertThat(a.sentences().get(i).firstToken()).isEqualTo(a.sentences().get(i - 1).endToken());
    }
    assertThat(a.sentences().get(a.sentences().size() - 1).endToken()).isEqualTo(a.tokens().size());
    assertThat(a.tokens()).allSatisfy(t -> assertThat(t.tag()).isNotEqualTo("X"));
    // A piece that could end at a comma does: clause boundaries lose the tagger least.
    assertThat(a.sentences().get(0).span().of(text)).endsWith(",");
    assertThat(a.entities().get(0).span().of(text)).isEqualTo("Kenya");
  }

  @Test
  void splitsSentencesAtParagraphBreaksAndFullStops() {
    Analysis a = analyzer.analyze(TEXT);
    assertThat(a.sentences()).hasSize(3);
    assertThat(a.sentences().get(2).span().of(TEXT)).isEqualTo("The talks lasted two hours.");
    assertThat(a.sentences().get(0).firstToken()).isZero();
    assertThat(a.sentences().get(2).endToken()).isEqualTo(a.tokens().size());
  }

  @Test
  void findsPeopleAndPlaces() {
    Analysis a = analyzer.analyze(TEXT);
    List<String> people =
        a.entities().stream()
            .filter(e -> e.type() == EntityType.PERSON)
            .map(e -> e.span().of(TEXT))
            .toList();
    assertThat(people).contains("William Ruto", "Angela Merkel");
    EntityMention nairobi =
        a.entities().stream()
            .filter(e -> e.span().of(TEXT).equals("Nairobi"))
            .findFirst()
            .orElseThrow();
    assertThat(nairobi.type()).isEqualTo(EntityType.LOCATION);
    assertThat(nairobi.span().start()).isEqualTo(TEXT.indexOf("Nairobi"));
  }

  @Test
  void emptyTextHasNoTokens() {
    Analysis a = analyzer.analyze("");
    assertThat(a.tokens()).isEmpty();
    assertThat(a.sentences()).isEmpty();
  }

  @Test
  void sameResultFromManyThreads() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      texts.add(TEXT + " Story " + i + " was filed by Maria Lopez in Lima.");
    }
    List<Analysis> serial = texts.stream().map(analyzer::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Analysis>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> analyzer.analyze(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(serial.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
