package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The personal pronouns that can stand for a speaker, and the gender they imply. */
final class Pronouns {
  private static final Set<String> SUBJECT = Set.of("he", "she", "they", "we", "i");

  private Pronouns() {}

  static boolean isSubject(String lowerWord) {
    return SUBJECT.contains(lowerWord);
  }

  /** "I" and "we": the writer speaking, outside quotes. */
  static boolean isFirstPerson(String lowerWord) {
    return lowerWord.equals("i") || lowerWord.equals("we");
  }

  /** {@code m} for he, {@code f} for she, null for the others. */
  static @Nullable String gender(String lowerWord) {
    return switch (lowerWord) {
      case "he", "him", "his" -> "m";
      case "she", "her", "hers" -> "f";
      default -> null;
    };
  }
}
