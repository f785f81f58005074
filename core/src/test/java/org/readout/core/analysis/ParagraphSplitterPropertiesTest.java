package org.readout.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Paragraph;
import org.readout.core.testing.ArticleArbitraries;
import org.readout.core.testing.RandomCheck;

/**
 * On arbitrary text, paragraphs are sorted, disjoint, trimmed, free of line breaks and cover all
 * visible text.
 */
class ParagraphSplitterPropertiesTest {
  @Test
  void paragraphsAreTrimmedLinesCoveringEveryVisibleCharacter() {
    RandomCheck.forAllStrings(
        "paragraphs partition the visible text",
        500,
        r -> ArticleArbitraries.mixedText(r, 2000),
        text -> {
          List<Paragraph> ps = ParagraphSplitter.split(text);
          int prevEnd = 0;
          boolean[] covered = new boolean[text.length()];
          for (Paragraph p : ps) {
            String body = p.span().of(text);
            assertThat(p.span().start()).as("sorted and disjoint").isGreaterThanOrEqualTo(prevEnd);
            assertThat(body)
                .as("no line break inside %s", p.span())
                .isNotEmpty()
                .doesNotContain("\n", "\r");
            assertThat(Character.isWhitespace(body.charAt(0))).as("trimmed start").isFalse();
            assertThat(Character.isWhitespace(body.charAt(body.length() - 1)))
                .as("trimmed end")
                .isFalse();
            prevEnd = p.span().end();
            for (int i = p.span().start(); i < p.span().end(); i++) {
              covered[i] = true;
            }
          }
          for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
              assertThat(covered[i])
                  .as("char %d (U+%04X) in a paragraph", i, (int) text.charAt(i))
                  .isTrue();
            }
          }
        });
  }

  @Test
  void crlfCrAndLfSplitAlike() {
    RandomCheck.forAllStrings(
        "line endings do not change paragraph count",
        300,
        r -> String.join("\n", ArticleArbitraries.paragraphs(r, 8, 200)),
        text -> {
          int lf = ParagraphSplitter.split(text).size();
          assertThat(ParagraphSplitter.split(text.replace("\n", "\r\n"))).hasSize(lf);
          assertThat(ParagraphSplitter.split(text.replace("\n", "\r"))).hasSize(lf);
        });
  }
}
