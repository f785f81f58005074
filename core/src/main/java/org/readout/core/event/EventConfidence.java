package org.readout.core.event;

import java.util.List;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.PredicateReader.Modality;
import org.readout.core.model.MentionKind;

/**
 * How an event was found, and the confidence that follows from it ({@link
 * org.readout.core.model.Event#confidence()}): the strength of the cue, how each side was resolved,
 * the statement's modality and how far the actors stand from the cue. Each weaker way of finding an
 * event takes a fixed amount off a start value; the amounts are small and additive so that the
 * order of events by confidence is readable ("a verb with two named actors beside it" first, "a
 * noun event whose source is 'they' from two sentences back" last), and BENCHMARKS.md ("Event
 * confidence") checks on the dev sets that higher bands are more precise. Immutable.
 *
 * @param cue what matched: a verb pattern, a predicate governed by another verb ("agreed to
 *     cooperate", "urged X to"), or a noun event ("talks between X and Y")
 * @param source how the source was resolved
 * @param target how the target was resolved
 * @param stance whether the statement is a plain report, an intent or threat, or a speaker's
 * @param distance tokens between the cue and the farthest actor mention of the evidence
 * @param embedded whether the cue stands in an embedded clause (an infinitive, a participle
 *     adjunct, a "that", relative or subordinate clause) rather than the sentence's main one: of
 *     two events of a sentence, the main predicate's is what the sentence reports
 */
record EventConfidence(
    Cue cue, Resolution source, Resolution target, Stance stance, int distance, boolean embedded) {
  /** The cue of an event, strongest first. */
  enum Cue {
    VERB(0.90),
    GOVERNED(0.82),
    NOUN(0.72);

    final double start;

    Cue(double start) {
      this.start = start;
    }
  }

  /** How one side of an event was found, surest first. */
  enum Resolution {
    /** A name, or a place standing for its government ("the Kremlin"). */
    NAMED(0),
    /** A title or description, or a nationality adjective ("the Chinese leader", "Kenyan"). */
    DESCRIBED(0.05),
    /** No target: the event is one-sided, which says less but is seldom wrong. */
    NONE(0.05),
    /** A pronoun ("he", "they"). */
    PRONOUN(0.10),
    /**
     * From the discourse rather than the clause: the pair that last acted together ("the two
     * leaders"), a quote's speaker, the actor answered in the previous sentence.
     */
    CONTEXT(0.15),
    /** A default: a protest's own state, the others present when a speaker acts. */
    FALLBACK(0.20);

    final double cost;

    Resolution(double cost) {
      this.cost = cost;
    }

    /** The weakest resolution among mentions ({@code none} when there are none). */
    static Resolution of(List<MentionRef> mentions, Resolution none) {
      if (mentions.isEmpty()) {
        return none;
      }
      Resolution worst = NAMED;
      for (MentionRef m : mentions) {
        Resolution r = of(m.kind());
        if (r.cost > worst.cost) {
          worst = r;
        }
      }
      return worst;
    }

    static Resolution of(MentionKind kind) {
      return switch (kind) {
        case NAME, METONYM -> NAMED;
        case DESCRIPTION, DEMONYM -> DESCRIBED;
        case PRONOUN -> PRONOUN;
        case GROUP -> CONTEXT;
      };
    }
  }

  /** The modality of the statement. */
  enum Stance {
    PLAIN(0),
    /** A commitment or a threat ("will support", "vowed to"): coded as an intent (03x, 13x). */
    INTENT(0.05),
    /** Said by someone: inside a direct quote, or a claim or demand told in reported speech. */
    REPORTED(0.10);

    final double cost;

    Stance(double cost) {
      this.cost = cost;
    }
  }

  /** Beyond this many tokens between cue and actor, the pairing is less sure. */
  private static final int NEAR = 8;

  private static final int FAR = 16;

  private static final double LOWEST = 0.10;

  /**
   * The cost of an embedded clause: more than the governed cue's lead over a verb (0.08), so that
   * "agreed to cooperate ... to encourage X" reports the agreement, not the encouragement.
   */
  private static final double EMBEDDED = 0.10;

  /** A cue and a modality before the sides are known; both sides start as named. */
  static EventConfidence found(
      boolean governed, boolean nominal, Modality modality, boolean quote) {
    Cue cue = nominal ? Cue.NOUN : governed ? Cue.GOVERNED : Cue.VERB;
    Stance stance =
        quote ? Stance.REPORTED : modality == Modality.PLAIN ? Stance.PLAIN : Stance.INTENT;
    return new EventConfidence(cue, Resolution.NAMED, Resolution.NAMED, stance, 0, false);
  }

  /** An event read from indirect speech: a claim or a demand the speaker makes. */
  static EventConfidence reported() {
    return new EventConfidence(
        Cue.GOVERNED, Resolution.NAMED, Resolution.NAMED, Stance.REPORTED, 0, false);
  }

  EventConfidence withSource(Resolution r) {
    return new EventConfidence(cue, r, target, stance, distance, embedded);
  }

  EventConfidence withTarget(Resolution r) {
    return new EventConfidence(cue, source, r, stance, distance, embedded);
  }

  /** With the cue in an embedded clause, or in the main one. */
  EventConfidence inEmbeddedClause(boolean e) {
    return new EventConfidence(cue, source, target, stance, distance, e);
  }

  /** The sides as their mentions resolve them; an empty list keeps what was set before. */
  EventConfidence resolved(List<MentionRef> sources, List<MentionRef> targets) {
    return new EventConfidence(
        cue,
        Resolution.of(sources, source),
        Resolution.of(targets, target),
        stance,
        distance,
        embedded);
  }

  /** With the distance from the cue tokens {@code [first, last]} to the farthest mention. */
  EventConfidence near(int first, int last, List<MentionRef> evidence) {
    int d = 0;
    for (MentionRef m : evidence) {
      int gap =
          m.last() < first ? first - m.last() - 1 : m.first() > last ? m.first() - last - 1 : 0;
      d = Math.max(d, gap);
    }
    return new EventConfidence(cue, source, target, stance, d, embedded);
  }

  /** The confidence, 0.10 to 0.90, rounded to two decimals. */
  double value() {
    double c = cue.start - source.cost - target.cost - stance.cost - (embedded ? EMBEDDED : 0);
    if (distance > FAR) {
      c -= 0.10;
    } else if (distance > NEAR) {
      c -= 0.05;
    }
    return Math.round(Math.max(LOWEST, c) * 100) / 100.0;
  }
}
