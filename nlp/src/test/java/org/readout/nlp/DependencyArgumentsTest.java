package org.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;

/**
 * The events stage's optional dependency parse ({@code --depparse}): where the shallow reader finds
 * a predicate but no target, the parse's object gives it; where the shallow reader has both sides,
 * the parse is never used and the events are the same.
 */
class DependencyArgumentsTest {
  static StandardPipeline off;
  static StandardPipeline on;

  @BeforeAll
  static void load() {
    off = StandardPipeline.load(false);
    on = StandardPipeline.load(true);
  }

  private static List<String> events(StandardPipeline p, String text) {
    Article a = new Article("t", null, text, LocalDate.of(2025, 6, 2), DateSource.GIVEN, null);
    AnnotatedArticle doc = p.pipeline().apply(a);
    return doc.events().stream().map(DependencyArgumentsTest::line).toList();
  }

  private static String line(Event e) {
    return e.sourceCode() + ">" + (e.targetCode() == null ? "-" : e.targetCode()) + " " + e.code();
  }

  @Test
  void parsedObjectIsTheTargetWhereACommaHidesItFromTheShallowReader() {
    // A parenthetical between verb and object ends the shallow object at the comma.
    String text = "Germany on Tuesday criticized, in unusually sharp terms, Turkey.";
    assertThat(events(off, text)).noneMatch(l -> l.startsWith("DEU>TUR"));
    assertThat(events(on, text)).contains("DEU>TUR 111");
  }

  @Test
  void sentencesTheShallowReaderReadsWhollyAreUnchanged() {
    for (String text :
        List.of(
            "Kenyan police arrested dozens of opposition supporters in Nairobi on Monday.",
            "France and Germany signed a defence agreement on Friday.",
            "Russia's army shelled Ukrainian positions near Kharkiv overnight, Kyiv said.",
            "The Chinese foreign minister met his Japanese counterpart in Beijing on Sunday.",
            "South Korea urged North Korea to return to talks.")) {
      List<String> plain = events(off, text);
      assertThat(plain).as(text).isNotEmpty();
      assertThat(events(on, text)).as(text).isEqualTo(plain);
    }
  }
}
