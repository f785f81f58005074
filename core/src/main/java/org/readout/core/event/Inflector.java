package org.readout.core.event;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * English verb and noun forms for pattern lemmas, so the dictionary lists {@code hold talks} once
 * and matches "holds", "held" and "holding talks". Over-generation is harmless (a form that is not
 * English never occurs in text), so regular rules produce both candidates where spelling is
 * ambiguous (doubled final consonants).
 */
final class Inflector {
  /** Irregular past and past participle forms. */
  private static final Map<String, String[]> IRREGULAR =
      Map.ofEntries(
          Map.entry(
              "be", new String[] {"is", "are", "am", "was", "were", "been", "being", "'s", "'re"}),
          Map.entry("have", new String[] {"has", "had", "having"}),
          Map.entry("hold", new String[] {"held"}),
          Map.entry("meet", new String[] {"met"}),
          Map.entry("make", new String[] {"made"}),
          Map.entry("take", new String[] {"took", "taken"}),
          Map.entry("give", new String[] {"gave", "given"}),
          Map.entry("break", new String[] {"broke", "broken"}),
          Map.entry("speak", new String[] {"spoke", "spoken"}),
          Map.entry("send", new String[] {"sent"}),
          Map.entry("seek", new String[] {"sought"}),
          Map.entry("shoot", new String[] {"shot"}),
          Map.entry("strike", new String[] {"struck", "stricken"}),
          Map.entry("fight", new String[] {"fought"}),
          Map.entry("throw", new String[] {"threw", "thrown"}),
          Map.entry("hurl", new String[] {}),
          Map.entry("lead", new String[] {"led"}),
          Map.entry("begin", new String[] {"began", "begun"}),
          Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
          Map.entry("bring", new String[] {"brought"}),
          Map.entry("sell", new String[] {"sold"}),
          Map.entry("pay", new String[] {"paid"}),
          Map.entry("lay", new String[] {"laid"}),
          Map.entry("put", new String[] {"put"}),
          Map.entry("set", new String[] {"set"}),
          Map.entry("cut", new String[] {"cut"}),
          Map.entry("hit", new String[] {"hit"}),
          Map.entry("quit", new String[] {"quit"}),
          Map.entry("beat", new String[] {"beat", "beaten"}),
          Map.entry("forbid", new String[] {"forbade", "forbidden"}),
          Map.entry("freeze", new String[] {"froze", "frozen"}),
          Map.entry("drive", new String[] {"drove", "driven"}),
          Map.entry("steal", new String[] {"stole", "stolen"}),
          Map.entry("come", new String[] {"came"}),
          Map.entry("go", new String[] {"went", "gone", "goes"}),
          Map.entry("see", new String[] {"saw", "seen"}),
          Map.entry("win", new String[] {"won"}),
          Map.entry("lose", new String[] {"lost"}),
          Map.entry("find", new String[] {"found"}),
          Map.entry("stand", new String[] {"stood"}),
          Map.entry("forgive", new String[] {"forgave", "forgiven"}),
          Map.entry("undertake", new String[] {"undertook", "undertaken"}),
          Map.entry("swear", new String[] {"swore", "sworn"}),
          Map.entry("blow", new String[] {"blew", "blown"}),
          Map.entry("fly", new String[] {"flew", "flown"}),
          Map.entry("shake", new String[] {"shook", "shaken"}),
          Map.entry("tear", new String[] {"tore", "torn"}),
          Map.entry("draw", new String[] {"drew", "drawn"}),
          Map.entry("show", new String[] {"showed", "shown"}),
          Map.entry("bind", new String[] {"bound"}),
          Map.entry("build", new String[] {"built"}),
          Map.entry("lend", new String[] {"lent"}),
          Map.entry("spend", new String[] {"spent"}),
          Map.entry("flee", new String[] {"fled"}),
          Map.entry("deal", new String[] {"dealt"}),
          Map.entry("teach", new String[] {"taught"}),
          Map.entry("catch", new String[] {"caught"}),
          Map.entry("uphold", new String[] {"upheld"}),
          Map.entry("withhold", new String[] {"withheld"}),
          Map.entry("overthrow", new String[] {"overthrew", "overthrown"}),
          Map.entry("overrun", new String[] {"overran"}),
          Map.entry("run", new String[] {"ran"}),
          Map.entry("shut", new String[] {"shut"}),
          Map.entry("tell", new String[] {"told"}),
          Map.entry("say", new String[] {"said"}),
          Map.entry("keep", new String[] {"kept"}),
          Map.entry("leave", new String[] {"left"}),
          Map.entry("bid", new String[] {"bid"}),
          Map.entry("broadcast", new String[] {"broadcast"}),
          Map.entry("spread", new String[] {"spread"}),
          Map.entry("outbid", new String[] {"outbid"}),
          Map.entry("slay", new String[] {"slew", "slain"}),
          Map.entry("stab", new String[] {"stabbed", "stabbing"}),
          Map.entry("sit", new String[] {"sat", "sitting"}),
          Map.entry("gas", new String[] {"gassed", "gassing", "gasses"}),
          Map.entry("nuke", new String[] {}));

  private Inflector() {}

  /** The lemma itself plus its third-person, past, participle and -ing forms, lower case. */
  static Set<String> verbForms(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    String[] irregular = IRREGULAR.get(lemma);
    if (irregular != null) {
      out.addAll(java.util.List.of(irregular));
      if (lemma.equals("be") || lemma.equals("have")) {
        return out;
      }
    }
    out.add(thirdPerson(lemma));
    out.add(ing(lemma));
    if (irregular == null || irregular.length == 0) {
      out.add(past(lemma));
    }
    if (doublesFinal(lemma)) {
      char last = lemma.charAt(lemma.length() - 1);
      out.add(lemma + last + "ed");
      out.add(lemma + last + "ing");
    }
    return out;
  }

  /** Singular and plural of a noun (or of the last word of a compound). */
  static Set<String> nounForms(String noun) {
    Set<String> out = new LinkedHashSet<>();
    out.add(noun);
    out.add(thirdPerson(noun));
    if (noun.endsWith("s") && noun.length() > 3 && !noun.endsWith("ss")) {
      out.add(noun.substring(0, noun.length() - 1));
    }
    return out;
  }

  static String thirdPerson(String w) {
    if (w.endsWith("s")
        || w.endsWith("x")
        || w.endsWith("z")
        || w.endsWith("ch")
        || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    if (w.endsWith("o") && !w.endsWith("oo")) {
      return w + "es";
    }
    return w + "s";
  }

  static String past(String w) {
    if (w.endsWith("e")) {
      return w + "d";
    }
    if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ied";
    }
    return w + "ed";
  }

  static String ing(String w) {
    if (w.endsWith("ie")) {
      return w.substring(0, w.length() - 2) + "ying";
    }
    if (w.endsWith("e")
        && !w.endsWith("ee")
        && !w.endsWith("ye")
        && !w.endsWith("oe")
        && w.length() > 2) {
      return w.substring(0, w.length() - 1) + "ing";
    }
    return w + "ing";
  }

  /**
   * Consonant-vowel-consonant endings ("ban", "expel", "commit"), which may double before -ed and
   * -ing.
   */
  private static boolean doublesFinal(String w) {
    int n = w.length();
    if (n < 3) {
      return false;
    }
    char c = w.charAt(n - 1);
    return !isVowel(c)
        && "wxy".indexOf(c) < 0
        && isVowel(w.charAt(n - 2))
        && !isVowel(w.charAt(n - 3));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
