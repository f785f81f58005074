package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;

/** Bad input never throws and always gives well-formed layers. */
class TimeRobustnessTest {
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final ConsistencyChecker CHECKER = new ConsistencyChecker();

  private static AnnotatedArticle run(String text, boolean analyze) {
    Article a = new Article("r", null, text, LocalDate.of(2025, 1, 22), DateSource.GIVEN, null);
    AnnotatedArticle doc = AnnotatedArticle.of(a);
    if (analyze) {
      doc = new LinguisticAnalysis(new SimpleAnalyzer()).apply(doc);
    }
    doc = CHECKER.apply(TAGGER.apply(doc));
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  @Test
  void emptyTextAndTextWithoutSentences() {
    assertThat(run("", true).times()).isEmpty();
    assertThat(run("The talks ended on Jan. 21, 2025.", false).times())
        .singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo("2025-01-21"));
  }

  @Test
  void pathologicalRepetitions() {
    run("the 21st ".repeat(3000), true);
    run("1/2/3/4/5/".repeat(2000), false);
    run("\"'".repeat(5000), false);
    run("Jan. 21-".repeat(2000) + "May", false);
    run("twenty twenty-one ".repeat(2000), false);
    run("in in in 1999 ".repeat(2000) + "on Tuesday, March 12, 2025", true);
  }

  @Test
  void hugeText() {
    AnnotatedArticle doc = run("On Jan. 21 the council met. ".repeat(20_000), false);
    assertThat(doc.times()).hasSize(20_000);
  }

  @Test
  void arbitraryUnicode() {
    Random random = new Random(4);
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        int kind = random.nextInt(6);
        b.append(
            switch (kind) {
              case 0 -> (char) random.nextInt(0x10000);
              case 1 -> "Tuesday, May 9, 2025 ";
              case 2 -> "\uD83D\uDE00";
              case 3 -> "\r\n";
              case 4 -> "the 31st of February ";
              default -> " 2/30 " + random.nextInt(3000) + " ";
            });
      }
      run(b.toString(), random.nextBoolean());
    }
  }
}
