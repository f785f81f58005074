package org.readout.core.actor;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;

/**
 * The body a definite role word refers back to: "the court" after "the International Criminal
 * Court", "the parliament" after "the European Parliament". News names a body once and then calls
 * it by its head noun, as it calls a person "he"; the nearest earlier body whose name holds the
 * word is meant, not the national one the bare word would otherwise denote.
 */
final class NamedBodies {
  /** Earlier mentions further back than this (in characters) are no longer what "the X" means. */
  private static final int MAX_DISTANCE_CHARS = 1500;

  private NamedBodies() {}

  /**
   * The organization or institution with a mention before offset {@code before}, whose name has
   * more than one word and holds {@code head} as whole words (ignoring case), mentioned most
   * recently; null when none within {@link #MAX_DISTANCE_CHARS}.
   */
  static @Nullable Builder latest(DocumentActors actors, String head, int before) {
    String word = head.toLowerCase(Locale.ROOT);
    Builder found = null;
    int latest = -1;
    for (Builder b : actors.all()) {
      if (!isBody(b) || !namesWith(b.name, word)) {
        continue;
      }
      for (Mention m : b.mentions) {
        int at = m.span().start();
        if (at < before && at > latest && before - at <= MAX_DISTANCE_CHARS) {
          found = b;
          latest = at;
        }
      }
    }
    return found;
  }

  private static boolean isBody(Builder b) {
    return b.kind == ActorKind.ORGANIZATION
        || b.kind == ActorKind.INSTITUTION
        || b.kind == ActorKind.AGENCY;
  }

  /** Whether {@code name} has two or more words and {@code word} among them as whole words. */
  static boolean namesWith(String name, String word) {
    String n = " " + name.toLowerCase(Locale.ROOT) + " ";
    return name.indexOf(' ') > 0 && n.contains(" " + word + " ");
  }
}
