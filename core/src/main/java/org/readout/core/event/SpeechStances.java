package org.readout.core.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.readout.core.internal.TsvLines;

/**
 * How a verb or noun of saying puts the clause it reports, read from {@code speech-stances.tsv}: a
 * claim alleges the act, a denial says it did not happen, a noun of saying ("reports that") opens a
 * complement no one asserts; any other verb of saying asserts. CAMEO codes the speech act, and the
 * reported act only when the reporter asserts it (issue 8). One lookup per word form.
 */
final class SpeechStances {
  /** What a cue does to the act it reports. */
  enum Stance {
    /** Told as a fact: the act stays. */
    ASSERT,
    /** Alleged: an accusation (112) against another side, a claim (015) for one's own. */
    CLAIM,
    /** Denied: a denial (016) for one's own side, nothing for another's. */
    DENY,
    /** Turned down: the proposed act is not coded; the cue's own pattern codes the rejection. */
    REFUSE,
    /** A noun of saying whose "that" complement no one asserts. */
    NOUN
  }

  static final String BUNDLED = "speech-stances.tsv";

  private static final SpeechStances INSTANCE = parse(CameoCodebook.readResource(BUNDLED), BUNDLED);

  private final Map<String, Stance> verbs;
  private final Map<String, Stance> nouns;

  private SpeechStances(Map<String, Stance> verbs, Map<String, Stance> nouns) {
    this.verbs = verbs;
    this.nouns = nouns;
  }

  static SpeechStances bundled() {
    return INSTANCE;
  }

  /**
   * Parses {@code word <tab> stance} lines ({@code #} comments, blank lines ignored).
   *
   * @throws IllegalArgumentException naming {@code source:line} on the first bad line: not two
   *     columns, an unknown stance, a noun stance on a verb or a verb stance on a noun, or a form
   *     listed twice
   */
  static SpeechStances parse(String text, String source) {
    Map<String, Stance> verbs = new HashMap<>();
    Map<String, Stance> nouns = new HashMap<>();
    for (TsvLines.Line line : TsvLines.of(text).lines()) {
      String where = source + ":" + line.number() + ": ";
      String[] f = line.fields();
      if (f.length != 2 || f[0].isBlank()) {
        throw new IllegalArgumentException(where + "expected word <tab> stance");
      }
      Stance stance;
      try {
        stance = Stance.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "unknown stance '" + f[1].trim() + "'", e);
      }
      String word = f[0].trim().toLowerCase(Locale.ROOT);
      boolean noun = word.startsWith("~");
      if (noun != (stance == Stance.NOUN)) {
        throw new IllegalArgumentException(
            where + (noun ? "a noun (~) takes the stance 'noun'" : "'noun' needs a ~ word"));
      }
      Map<String, Stance> into = noun ? nouns : verbs;
      for (String form :
          noun ? Inflector.nounForms(word.substring(1)) : Inflector.verbForms(word)) {
        Stance before = into.putIfAbsent(form, stance);
        if (before != null && before != stance) {
          throw new IllegalArgumentException(
              where + "'" + form + "' is already " + before.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return new SpeechStances(Map.copyOf(verbs), Map.copyOf(nouns));
  }

  /** The stance of a cue verb form ("denied"); a verb not listed asserts. */
  Stance ofVerb(String form) {
    return verbs.getOrDefault(form.toLowerCase(Locale.ROOT), Stance.ASSERT);
  }

  /** Whether {@code form} is a noun of saying ("reports", "claim"). */
  boolean isNoun(@Nullable String form) {
    return form != null && nouns.containsKey(form.toLowerCase(Locale.ROOT));
  }
}
