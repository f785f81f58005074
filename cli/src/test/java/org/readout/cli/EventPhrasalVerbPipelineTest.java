package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;

/**
 * A past participle followed by a phrasal particle and an object is the clause's finite verb, not a
 * reduced relative (issue 8, session 14): the tagger reads "carried" in "the air force carried out
 * strikes" as a participle, and the event was lost. A later finite verb still wins ("troops ...
 * carried out raids" after a participle phrase). Through the standard pipeline, so that the
 * tagger's reading is part of what is tested. The sentences are our own.
 */
class EventPhrasalVerbPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("phrasal", text);
  }

  @Test
  void aBareInstitutionalSubjectBeforeAPhrasalVerbIsTheActor() {
    AnnotatedArticle doc =
        run(
            "The Israeli air force carried out strikes on Hezbollah positions in Lebanon on Sunday.");
    assertThat(EventSentences.triples(doc)).anyMatch(t -> t.startsWith("ISR") && t.contains(" 19"));
  }

  @Test
  void theAgentOfARoundUpIsThePolice() {
    AnnotatedArticle doc =
        run("Kenyan police rounded up dozens of protesters in Nairobi on Monday.");
    assertThat(EventSentences.triples(doc))
        .anyMatch(t -> t.startsWith("KEN") && t.contains(">KEN"));
  }
}
