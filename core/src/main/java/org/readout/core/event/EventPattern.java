package org.readout.core.event;

import java.util.List;

/**
 * One expanded pattern: a sequence of lower-case words, of which the first is a surface form
 * (already inflected). {@code *} marks a gap of up to four tokens and {@code %} the slot of an
 * actor mention.
 *
 * @param code CAMEO code, or {@code "-"} for a negating governor
 * @param words the words, first one inflected
 * @param role how the pattern governs a following predicate
 * @param nominal true for a noun trigger ("talks between X and Y")
 * @param line the dictionary line it came from, for messages
 */
record EventPattern(String code, List<String> words, Role role, boolean nominal, int line) {
  EventPattern {
    words = List.copyOf(words);
  }

  /** Number of literal words, the tie-breaker between overlapping matches (more specific wins). */
  int weight() {
    int n = 0;
    for (String w : words) {
      if (!w.equals("*") && !w.equals("%")) {
        n++;
      }
    }
    return n;
  }
}
