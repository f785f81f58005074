package org.readout.cli.eval;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.ontology.PloverTable;

/**
 * The PLOVER category a CAMEO event code falls in, for scoring against PLOVER-labelled gold. Two
 * editions are in use: the 0.5 names of the gold standard records (DEMAND, DISAPPROVE, FIGHT,
 * INVESTIGATE, CONCEDE, RETREAT) and the 2021 names of later data sets (REQUEST, ACCUSE, ASSAULT,
 * YIELD). Both follow the CAMEO root, with the few CAMEO codes that PLOVER's conversion table moves
 * to another category.
 *
 * <p>Design decision: CAMEO 02 (appeal) has no PLOVER category of its own; it is scored as the
 * request category (DEMAND, REQUEST), the nearest act, and CAMEO 01 (statements) as no category.
 */
enum PloverCategories {
  /** PLOVER 0.5, the edition of the PLOVER gold standard records. */
  V05,
  /** PLOVER 2021. */
  V2021;

  private static final PloverTable TABLE = PloverTable.loadBundled();

  private static final Set<String> ASSAULT_CODES = Set.of("1712", "175");
  private static final Set<String> COERCE_CODES = Set.of("191", "192");

  /** The category of a 2–4 digit CAMEO code, or null for statements (01) and unknown codes. */
  @Nullable String of(String code) {
    if (code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
      return null;
    }
    if (this == V2021) {
      // The output's table (--ontology plover) is the one conversion of the 2021 edition, so the
      // scorer measures what users are shown.
      PloverTable.PloverType type = TABLE.of(code);
      return type == null ? null : type.category();
    }
    int root = Integer.parseInt(code.substring(0, 2));
    boolean v05 = this == V05;
    if (code.startsWith("163") && !v05) {
      return "COERCE";
    }
    if (prefixed(code, ASSAULT_CODES) && !v05) {
      return "ASSAULT";
    }
    if (prefixed(code, COERCE_CODES)) {
      return "COERCE";
    }
    return switch (root) {
      case 2, 10 -> v05 ? "DEMAND" : "REQUEST";
      case 3 -> "AGREE";
      case 4 -> "CONSULT";
      case 5 -> "SUPPORT";
      case 6 -> "COOPERATE";
      case 7 -> "AID";
      case 8 ->
          v05 ? (code.length() > 2 && code.charAt(2) >= '4' ? "RETREAT" : "CONCEDE") : "YIELD";
      case 9 -> v05 ? "INVESTIGATE" : "ACCUSE";
      case 11 -> v05 ? "DISAPPROVE" : "ACCUSE";
      case 12 -> "REJECT";
      case 13 -> "THREATEN";
      case 14 -> "PROTEST";
      case 15 -> "MOBILIZE";
      case 16 -> "SANCTION";
      case 17 -> "COERCE";
      case 18, 20 -> "ASSAULT";
      case 19 -> v05 ? "FIGHT" : "ASSAULT";
      default -> null;
    };
  }

  private static boolean prefixed(String code, Set<String> prefixes) {
    for (String p : prefixes) {
      if (code.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** A gold label as compared: upper case, trimmed. */
  static String label(String gold) {
    return gold.strip().toUpperCase(Locale.ROOT);
  }
}
