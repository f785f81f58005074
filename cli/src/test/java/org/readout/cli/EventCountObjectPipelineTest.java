package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;

/**
 * A past participle right after its subject's noun is the clause's finite verb when a count opens
 * its object (issue 8, session 15, h-coop): the tagger reads "provided" in "the government provided
 * around $400 million" as a participle, and the aid was lost; support voiced "of" a titled person
 * is support for that person. Through the standard pipeline, so that the tagger's reading is part
 * of what is tested. The sentences are our own.
 */
class EventCountObjectPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("count-object", text);
  }

  @Test
  void aCountedAmountAfterAGovernmentsParticipleIsItsAid() {
    AnnotatedArticle doc =
        run(
            "The Japanese Government provided around $250 million in development aid to Vietnam"
                + " in 2019.");
    assertThat(EventSentences.triples(doc))
        .anyMatch(t -> t.startsWith("JPN") && t.contains(">VNM 07"));
  }

  @Test
  void supportVoicedOfATitledPresidentIsSupportForHim() {
    AnnotatedArticle doc =
        run(
            "Kenya's foreign minister voiced his strong support of Tanzanian President John"
                + " Magufuli.");
    assertThat(EventSentences.triples(doc))
        .anyMatch(t -> t.startsWith("KEN") && t.contains(">TZA") && t.endsWith(" 051"));
  }
}
