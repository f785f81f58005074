package org.readout.core.model;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CAMEO-coded dyadic event: who did what to whom, when, with the evidence it rests on.
 *
 * @param source id of the source actor
 * @param target id of the target actor, or null when there is none
 * @param sourceCode CAMEO actor code of the source, or null
 * @param targetCode CAMEO actor code of the target, or null
 * @param code CAMEO event code (2 to 4 digits)
 * @param rootCode its two-digit root
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein scale value of the code
 * @param date ISO date of the event, or null
 * @param span the evidence (first mention)
 * @param mentions how many times the article states it
 * @param confidence 0..1
 * @param location where it happened (GDELT's ActionGeo), or null when the text does not say
 */
public record Event(
    String source,
    @Nullable String target,
    @Nullable String sourceCode,
    @Nullable String targetCode,
    String code,
    String rootCode,
    int quadClass,
    double goldstein,
    @Nullable String date,
    Span span,
    int mentions,
    double confidence,
    @Nullable Place location) {
  /**
   * Ranks events so that the top one, the event a reader of one sentence is told, is the greatest:
   * the more confident ranks higher, the earlier span on a tie. {@code
   * events.stream().max(RANKING)} is the top event.
   */
  public static final Comparator<Event> RANKING =
      Comparator.comparingDouble(Event::confidence)
          .thenComparing(Event::span, Comparator.reverseOrder());

  public Event {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rootCode, "rootCode");
    Objects.requireNonNull(span, "span");
  }

  /** An event with no known location. */
  public Event(
      String source,
      @Nullable String target,
      @Nullable String sourceCode,
      @Nullable String targetCode,
      String code,
      String rootCode,
      int quadClass,
      double goldstein,
      @Nullable String date,
      Span span,
      int mentions,
      double confidence) {
    this(
        source,
        target,
        sourceCode,
        targetCode,
        code,
        rootCode,
        quadClass,
        goldstein,
        date,
        span,
        mentions,
        confidence,
        null);
  }
}
