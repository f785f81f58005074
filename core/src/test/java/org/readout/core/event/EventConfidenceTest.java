package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.world;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.EventConfidence.Resolution;
import org.readout.core.event.PredicateReader.Modality;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.MentionKind;

/** Confidence follows from how an event was found (issue 13); own sentences, invented countries. */
class EventConfidenceTest {
  private static MentionRef at(int first, int last, MentionKind kind) {
    return new MentionRef("x", first, last, kind);
  }

  @Test
  void aMainPredicateOutranksAPlainVerbInAnEmbeddedClause() {
    // Issue 8 (session 10): "agreed ... that they should cooperate to encourage X" reports the
    // agreement; the embedded verb must rank below the governed main predicate.
    EventConfidence embedded =
        EventConfidence.found(false, false, Modality.PLAIN, false).inEmbeddedClause(true);
    EventConfidence governed = EventConfidence.found(true, false, Modality.PLAIN, false);
    assertThat(embedded.value()).isEqualTo(0.80);
    assertThat(embedded.value()).isLessThan(governed.value());
    assertThat(embedded.inEmbeddedClause(false).value()).isEqualTo(0.90);
  }

  @Test
  void eachWeakerWayOfFindingAnEventCostsConfidence() {
    EventConfidence verb = EventConfidence.found(false, false, Modality.PLAIN, false);
    assertThat(verb.value()).isEqualTo(0.90);
    assertThat(EventConfidence.found(true, false, Modality.PLAIN, false).value()).isEqualTo(0.82);
    assertThat(EventConfidence.found(false, true, Modality.PLAIN, false).value()).isEqualTo(0.72);
    assertThat(EventConfidence.found(false, false, Modality.FUTURE, false).value()).isEqualTo(0.85);
    assertThat(EventConfidence.found(false, false, Modality.PLAIN, true).value()).isEqualTo(0.80);
    List<MentionRef> named = List.of(at(0, 0, MentionKind.NAME));
    List<MentionRef> pronoun = List.of(at(0, 0, MentionKind.PRONOUN));
    List<MentionRef> described = List.of(at(3, 4, MentionKind.DESCRIPTION));
    assertThat(verb.resolved(named, described).value()).isEqualTo(0.85);
    assertThat(verb.resolved(pronoun, described).value()).isEqualTo(0.75);
    assertThat(verb.withSource(Resolution.CONTEXT).withTarget(Resolution.FALLBACK).value())
        .isEqualTo(0.55);
    // Empty mention lists keep what the coder set: the pair from the last sentence.
    assertThat(verb.withSource(Resolution.CONTEXT).resolved(List.of(), named).value())
        .isEqualTo(0.75);
  }

  @Test
  void actorsFarFromTheCueCostConfidence() {
    EventConfidence verb = EventConfidence.found(false, false, Modality.PLAIN, false);
    List<MentionRef> near = List.of(at(0, 0, MentionKind.NAME), at(3, 3, MentionKind.NAME));
    List<MentionRef> far = List.of(at(0, 0, MentionKind.NAME), at(14, 14, MentionKind.NAME));
    List<MentionRef> farther = List.of(at(0, 0, MentionKind.NAME), at(30, 30, MentionKind.NAME));
    assertThat(verb.near(1, 2, near).value()).isEqualTo(0.90);
    assertThat(verb.near(1, 2, far).value()).isEqualTo(0.85);
    assertThat(verb.near(1, 2, farther).value()).isEqualTo(0.80);
  }

  @Test
  void aNamedVerbDyadIsSurerThanANounEventOrAPronoun() {
    AnnotatedArticle verb = world("Valdoria imposed sanctions on Kestria.").coded();
    AnnotatedArticle noun = world("Valdoria's talks with Kestria ended late.").coded();
    assertThat(verb.events()).extracting(Event::confidence).containsOnly(0.90);
    assertThat(noun.events()).isNotEmpty().allMatch(e -> e.confidence() < 0.90);
  }
}
