package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.readout.core.event.SpeechStances.Stance;

/** The speech-stance table: inflected cue forms, nouns of saying, and its checks on load. */
class SpeechStancesTest {
  @Test
  void bundledCuesClaimDenyOrRefuseInEveryFormAndOthersAssert() {
    SpeechStances s = SpeechStances.bundled();
    assertThat(s.ofVerb("claimed")).isEqualTo(Stance.CLAIM);
    assertThat(s.ofVerb("Alleges")).isEqualTo(Stance.CLAIM);
    assertThat(s.ofVerb("denied")).isEqualTo(Stance.DENY);
    assertThat(s.ofVerb("rejected")).isEqualTo(Stance.REFUSE);
    assertThat(s.ofVerb("said")).isEqualTo(Stance.ASSERT);
    // "denounced" shares a prefix with "deny" and is no denial.
    assertThat(s.ofVerb("denounced")).isEqualTo(Stance.ASSERT);
    assertThat(s.isNoun("reports")).isTrue();
    assertThat(s.isNoun("allegation")).isTrue();
    assertThat(s.isNoun("talks")).isFalse();
  }

  @Test
  void badLinesAreNamedByFileAndLine() {
    assertThatThrownBy(() -> SpeechStances.parse("# c\nclaim\tdoubt\n", "t.tsv"))
        .hasMessageStartingWith("t.tsv:2: unknown stance 'doubt'");
    assertThatThrownBy(() -> SpeechStances.parse("~report\tclaim\n", "t.tsv"))
        .hasMessageStartingWith("t.tsv:1: a noun (~) takes the stance 'noun'");
    assertThatThrownBy(() -> SpeechStances.parse("deny\tnoun\n", "t.tsv"))
        .hasMessageStartingWith("t.tsv:1: 'noun' needs a ~ word");
    assertThatThrownBy(() -> SpeechStances.parse("deny\tdeny\ndeny\tclaim\n", "t.tsv"))
        .hasMessageStartingWith("t.tsv:2: 'deny' is already deny");
    assertThatThrownBy(() -> SpeechStances.parse("deny deny\n", "t.tsv"))
        .hasMessageStartingWith("t.tsv:1: expected word <tab> stance");
  }
}
