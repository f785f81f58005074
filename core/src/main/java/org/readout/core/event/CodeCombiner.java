package org.readout.core.event;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Combines a governing predicate with the predicate it governs ("threatened to" + "impose
 * sanctions" → 1312), and turns plain codes into intents or threats when the statement is about the
 * future ("will impose" → 1312).
 *
 * <p>Design decision: CAMEO's intent, appeal, demand, reject and threat categories mirror the
 * action categories (031 intent to cooperate materially ↔ 06 cooperate materially), so tables keyed
 * by the inner code's root and base give the combined code. A {@code null} result means "not an
 * event of its own": the caller drops it.
 */
final class CodeCombiner {
  private static final Map<String, String> INTENT =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("045", "039"),
          Map.entry("05", "032"),
          Map.entry("057", "030"),
          Map.entry("06", "031"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("07", "033"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("08", "035"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("083", "034"),
          Map.entry("0831", "0341"),
          Map.entry("0832", "0342"),
          Map.entry("0833", "0343"),
          Map.entry("0834", "0344"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"),
          Map.entry("01", "030"),
          Map.entry("02", "030"));
  private static final Map<String, String> THREAT =
      Map.ofEntries(
          Map.entry("14", "133"),
          Map.entry("15", "138"),
          Map.entry("16", "131"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("166", "136"),
          Map.entry("17", "137"),
          Map.entry("172", "132"),
          Map.entry("1721", "1321"),
          Map.entry("1722", "1322"),
          Map.entry("1723", "1323"),
          Map.entry("1724", "1324"),
          Map.entry("18", "1383"),
          Map.entry("19", "1384"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("20", "1385"),
          Map.entry("13", "130"),
          Map.entry("12", "130"),
          Map.entry("10", "130"),
          Map.entry("11", "130"));
  private static final Map<String, String> REFUSE =
      Map.ofEntries(
          Map.entry("03", "120"),
          Map.entry("04", "125"),
          Map.entry("045", "126"),
          Map.entry("037", "127"),
          Map.entry("057", "127"),
          Map.entry("05", "120"),
          Map.entry("06", "121"),
          Map.entry("061", "1211"),
          Map.entry("062", "1212"),
          Map.entry("07", "122"),
          Map.entry("071", "1221"),
          Map.entry("072", "1222"),
          Map.entry("073", "1223"),
          Map.entry("074", "1224"),
          Map.entry("08", "124"),
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("083", "123"),
          Map.entry("0831", "1231"),
          Map.entry("0832", "1232"),
          Map.entry("0833", "1233"),
          Map.entry("0834", "1234"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"));
  private static final Map<String, String> APPEAL =
      Map.ofEntries(
          Map.entry("04", "026"),
          Map.entry("045", "028"),
          Map.entry("037", "027"),
          Map.entry("05", "022"),
          Map.entry("06", "021"),
          Map.entry("061", "0211"),
          Map.entry("062", "0212"),
          Map.entry("063", "0213"),
          Map.entry("064", "0214"),
          Map.entry("07", "023"),
          Map.entry("071", "0231"),
          Map.entry("072", "0232"),
          Map.entry("073", "0233"),
          Map.entry("074", "0234"),
          Map.entry("08", "025"),
          Map.entry("083", "024"),
          Map.entry("0831", "0241"),
          Map.entry("0832", "0242"),
          Map.entry("0833", "0243"),
          Map.entry("0834", "0244"),
          Map.entry("081", "0251"),
          Map.entry("082", "0252"),
          Map.entry("084", "0253"),
          Map.entry("085", "0254"),
          Map.entry("086", "0255"),
          Map.entry("087", "0256"));
  private static final Map<String, String> DEMAND =
      Map.ofEntries(
          Map.entry("04", "106"),
          Map.entry("045", "108"),
          Map.entry("037", "107"),
          Map.entry("05", "102"),
          Map.entry("06", "101"),
          Map.entry("061", "1011"),
          Map.entry("062", "1012"),
          Map.entry("063", "1013"),
          Map.entry("064", "1014"),
          Map.entry("07", "103"),
          Map.entry("071", "1031"),
          Map.entry("072", "1032"),
          Map.entry("073", "1033"),
          Map.entry("074", "1034"),
          Map.entry("08", "105"),
          Map.entry("083", "104"),
          Map.entry("0831", "1041"),
          Map.entry("0832", "1042"),
          Map.entry("0833", "1043"),
          Map.entry("0834", "1044"),
          Map.entry("081", "1051"),
          Map.entry("082", "1052"),
          Map.entry("084", "1053"),
          Map.entry("085", "1054"),
          Map.entry("086", "1055"),
          Map.entry("087", "1056"));
  private static final Map<String, String> ACCUSE =
      Map.ofEntries(
          Map.entry("17", "1122"),
          Map.entry("175", "1122"),
          Map.entry("18", "1123"),
          Map.entry("19", "1123"),
          Map.entry("20", "1124"),
          Map.entry("1822", "1122"));

  private CodeCombiner() {}

  /**
   * The code for {@code inner} governed by a predicate of role {@code role} with code {@code
   * governor}.
   */
  static @Nullable String combine(Role role, String governor, String inner) {
    return switch (role) {
      case INTENT, PLAN -> intent(inner);
      case THREAT -> threat(inner);
      case REFUSE -> lookup(REFUSE, inner, "120");
      case APPEAL -> root(inner) >= 9 ? governor : lookup(APPEAL, inner, "020");
      case DEMAND -> root(inner) >= 9 ? governor : lookup(DEMAND, inner, "100");
      case ACCUSE -> lookup(ACCUSE, inner, governor);
      case NEGATE -> null;
      case GERUND -> governor;
      case NONE, MUTUAL, CONSEQUENCE -> inner;
    };
  }

  /**
   * The intent version of a code ("will visit" → 036): cooperation becomes an intent, conflict a
   * threat, verbal conflict stays as it is.
   */
  static String intent(String code) {
    int r = root(code);
    if (r == 3) {
      return code;
    }
    if (r <= 8) {
      return lookup(INTENT, code, "030");
    }
    return r >= 14 ? threat(code) : code;
  }

  /** The refusal of an act of cooperation ("will not lift sanctions" → 1244). */
  static String refusal(String code) {
    return lookup(REFUSE, code, "120");
  }

  /**
   * The threat version of a code as a conditional statement puts it ("will withdraw ... unless"): a
   * code that already is a threat stays as it is.
   */
  static String threatOf(String code) {
    return root(code) == 13 ? code : threat(code);
  }

  /** The threat version of a code ("threatened to impose sanctions" → 1312). */
  static String threat(String code) {
    return root(code) <= 8 ? "130" : lookup(THREAT, code, "130");
  }

  static int root(String code) {
    return Integer.parseInt(code.substring(0, 2));
  }

  /** The most specific entry for the code itself, then its base, then its root. */
  private static String lookup(Map<String, String> table, String code, String fallback) {
    for (int len = code.length(); len >= 2; len--) {
      String v = table.get(code.substring(0, len));
      if (v != null) {
        return v;
      }
    }
    return fallback;
  }
}
