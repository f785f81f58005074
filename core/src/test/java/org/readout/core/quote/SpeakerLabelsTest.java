package org.readout.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Span;

/** Transcript speaker labels (issue 9): which openings name a speaker. */
class SpeakerLabelsTest {
  @Test
  void capitalWordsAndAColonOpenALabel() {
    assertThat(SpeakerLabels.at("HOLLIS: Mayor, do they?", 0)).isEqualTo(new Span(0, 6));
    assertThat(SpeakerLabels.at("\"REYES: They add up.", 1)).isEqualTo(new Span(1, 6));
    assertThat(SpeakerLabels.at("SEN. ANA RUIZ: No.", 0)).isEqualTo(new Span(0, 13));
    assertThat(SpeakerLabels.at("O'NEILL: Yes.", 0)).isEqualTo(new Span(0, 7));
  }

  @Test
  void headingsLowerCaseWordsAndShortLettersAreNoLabels() {
    assertThat(SpeakerLabels.at("UPDATE: The vote was moved.", 0)).isNull();
    assertThat(SpeakerLabels.at("Reyes: They add up.", 0)).isNull();
    assertThat(SpeakerLabels.at("Q: Why now?", 0)).isNull();
    assertThat(SpeakerLabels.at("THE MAYOR OF THE CITY: No.", 0)).isNull();
    assertThat(SpeakerLabels.at("NOTE:no space", 0)).isNull();
    assertThat(SpeakerLabels.at("WE WILL WIN", 0)).isNull();
  }
}
