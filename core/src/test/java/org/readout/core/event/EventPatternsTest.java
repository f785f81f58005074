package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventPatternsTest {
  private static final CameoCodebook BOOK = CameoCodebook.loadBundled();

  @Test
  void bundledDictionaryExpandsToThousandsOfPatternsAcrossAllRoots() {
    EventPatterns patterns = EventPatterns.loadBundled(BOOK);
    assertThat(patterns.size()).isGreaterThan(3000);
    Set<String> roots = new HashSet<>();
    String text = CameoCodebook.readResource(EventPatterns.BUNDLED);
    for (String line : text.split("\n")) {
      if (!line.startsWith("#") && !line.isBlank() && !line.startsWith("-")) {
        roots.add(line.substring(0, 2));
      }
    }
    assertThat(roots).hasSize(20);
  }

  @Test
  void inflectsTheFirstWordOfVerbPatterns() {
    EventPatterns patterns = EventPatterns.loadBundled(BOOK);
    assertThat(codesStarting(patterns, "held")).contains("040", "041");
    assertThat(codesStarting(patterns, "imposes")).contains("163");
    assertThat(codesStarting(patterns, "imposed")).contains("163");
    assertThat(codesStarting(patterns, "imposing")).contains("163");
    assertThat(codesStarting(patterns, "threatened")).contains("130");
    assertThat(codesStarting(patterns, "met")).contains("040");
    assertThat(codesStarting(patterns, "banned")).contains("172");
    assertThat(codesStarting(patterns, "talks")).contains("040");
  }

  @Test
  void inflectorHandlesRegularSpellingRules() {
    assertThat(Inflector.verbForms("deny")).contains("denies", "denied", "denying");
    assertThat(Inflector.verbForms("impose")).contains("imposes", "imposed", "imposing");
    assertThat(Inflector.verbForms("expel")).contains("expels", "expelled", "expelling");
    assertThat(Inflector.verbForms("hold"))
        .contains("holds", "held", "holding")
        .doesNotContain("holded");
    assertThat(Inflector.verbForms("agree")).contains("agreed", "agreeing");
  }

  @Test
  void rejectsUnknownCodeWithFileAndLine() {
    assertThatThrownBy(() -> EventPatterns.parse("# x\n999\tmeet\n", "p.tsv", BOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.tsv:2: unknown CAMEO event code '999'");
  }

  @Test
  void rejectsMalformedLines() {
    assertThatThrownBy(() -> EventPatterns.parse("040\n", "p", BOOK))
        .hasMessageStartingWith("p:1: expected 2 or 3");
    assertThatThrownBy(() -> EventPatterns.parse("040\t{meet|\n", "p", BOOK))
        .hasMessageContaining("p:1: unbalanced");
    assertThatThrownBy(() -> EventPatterns.parse("040\t{meet||see}\n", "p", BOOK))
        .hasMessageContaining("empty alternative");
    assertThatThrownBy(() -> EventPatterns.parse("040\t* meet\n", "p", BOOK))
        .hasMessageContaining("cannot start with");
    assertThatThrownBy(() -> EventPatterns.parse("040\tmeet *\n", "p", BOOK))
        .hasMessageContaining("cannot end with a gap");
    assertThatThrownBy(() -> EventPatterns.parse("040\tmeet\tsometimes\n", "p", BOOK))
        .hasMessageContaining("unknown role");
    assertThatThrownBy(() -> EventPatterns.parse("-\tmeet\n", "p", BOOK))
        .hasMessageContaining("unknown CAMEO event code '-'");
  }

  @Test
  void rejectsOnePatternMappedToTwoCodes() {
    assertThatThrownBy(() -> EventPatterns.parse("040\tmeet\n\n042\tmeet\n", "p", BOOK))
        .hasMessage("p:3: 'meet' already maps to 040 on line 1");
  }

  private static List<String> codesStarting(EventPatterns p, String word) {
    return p.startingWith(word).stream().map(EventPattern::code).toList();
  }
}
