package org.readout.store;

import java.util.List;

/**
 * Which actors a query filter accepts, already resolved from what the user typed: CAMEO code
 * prefixes ({@code CHN} matches {@code CHNGOV}), actor ids ({@code person/vladimir-putin}) and
 * names matched case-insensitively in full (for actors the dictionary does not know). An actor
 * matches when any part matches.
 *
 * @param text what the user typed, for messages
 */
public record ActorMatch(
    String text, List<String> codePrefixes, List<String> actorIds, List<String> names) {
  public ActorMatch {
    codePrefixes = List.copyOf(codePrefixes);
    actorIds = List.copyOf(actorIds);
    names = List.copyOf(names);
    if (codePrefixes.isEmpty() && actorIds.isEmpty() && names.isEmpty()) {
      throw new IllegalArgumentException("an actor filter needs a code, an id or a name: " + text);
    }
  }

  /** A filter on one CAMEO code prefix. */
  public static ActorMatch code(String prefix) {
    return new ActorMatch(prefix, List.of(prefix), List.of(), List.of());
  }
}
