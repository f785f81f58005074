package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;

/**
 * A weapon word before an act noun only describes the act (issue 8, session 14): "launched a
 * cruise-missile attack on X" is an attack on X (19x), not a launch of the weapon (150), while the
 * weapon alone as the object stays a show of force. Through the standard pipeline, so that the
 * tagger's reading of the hyphenated chain is part of what is tested. The sentences are our own.
 */
class EventActModifiersPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("act-modifiers", text);
  }

  @Test
  void aHyphenatedWeaponBeforeAnAttackIsTheAttacksModifier() {
    AnnotatedArticle doc =
        run("Russia launched a cruise-missile attack on Ukraine on Tuesday, officials said.");
    assertThat(EventSentences.triples(doc))
        .anyMatch(t -> t.startsWith("RUS>UKR 19"))
        .noneMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void theWeaponAloneAsTheObjectStaysAShowOfForce() {
    AnnotatedArticle doc = run("North Korea launched a cruise missile on Tuesday.");
    assertThat(EventSentences.triples(doc))
        .anyMatch(t -> t.startsWith("PRK>") && t.endsWith(" 150"));
  }
}
