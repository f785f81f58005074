package org.readout.core.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Speech verbs (every inflected form) and speech nouns, read once from {@code speech-lexicon.txt}.
 * Immutable and thread-safe. Lookups take lower-case words.
 */
final class SpeechLexicon {
  /** What a verb form allows, beyond being a speech cue. */
  record VerbInfo(String base, boolean zeroThat, boolean objectFirst, boolean channel) {}

  private static final String RESOURCE = "speech-lexicon.txt";
  private final Map<String, VerbInfo> verbs;
  private final Set<String> nouns;

  private SpeechLexicon(Map<String, VerbInfo> verbs, Set<String> nouns) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Set.copyOf(nouns);
  }

  static SpeechLexicon bundled() {
    try (InputStream in = SpeechLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  static SpeechLexicon parse(BufferedReader reader) throws IOException {
    Map<String, VerbInfo> verbs = new HashMap<>();
    Set<String> nouns = new HashSet<>();
    boolean inNouns = false;
    String line;
    while ((line = reader.readLine()) != null) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        inNouns = line.equals("[nouns]");
        continue;
      }
      if (inNouns) {
        nouns.add(line.toLowerCase(Locale.ROOT));
        continue;
      }
      int flagsEnd = 0;
      while (flagsEnd < line.length() && "*>^".indexOf(line.charAt(flagsEnd)) >= 0) {
        flagsEnd++;
      }
      String flags = line.substring(0, flagsEnd);
      String[] forms = line.substring(flagsEnd).toLowerCase(Locale.ROOT).split("\\s+");
      VerbInfo info =
          new VerbInfo(forms[0], flags.contains("*"), flags.contains(">"), flags.contains("^"));
      for (String form : inflect(forms[0])) {
        verbs.putIfAbsent(form, info);
      }
      for (int i = 1; i < forms.length; i++) {
        verbs.putIfAbsent(forms[i], info);
      }
    }
    return new SpeechLexicon(verbs, nouns);
  }

  /**
   * The base form, -s, -ed and -ing forms of a regular verb, with both spellings where doubling is
   * unsure.
   */
  static Set<String> inflect(String base) {
    Set<String> out = new HashSet<>();
    out.add(base);
    int n = base.length();
    char last = base.charAt(n - 1);
    boolean consonantY = last == 'y' && n > 1 && !isVowel(base.charAt(n - 2));
    if (base.endsWith("s")
        || base.endsWith("x")
        || base.endsWith("z")
        || base.endsWith("ch")
        || base.endsWith("sh")) {
      out.add(base + "es");
    } else if (consonantY) {
      out.add(base.substring(0, n - 1) + "ies");
    } else {
      out.add(base + "s");
    }
    if (last == 'e') {
      out.add(base + "d");
      out.add(base.endsWith("ee") ? base + "ing" : base.substring(0, n - 1) + "ing");
    } else if (consonantY) {
      out.add(base.substring(0, n - 1) + "ied");
      out.add(base + "ing");
    } else {
      out.add(base + "ed");
      out.add(base + "ing");
    }
    if (n >= 3
        && !isVowel(last)
        && "wxy".indexOf(last) < 0
        && isVowel(base.charAt(n - 2))
        && !isVowel(base.charAt(n - 3))) {
      out.add(base + last + "ed");
      out.add(base + last + "ing");
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** The verb this form belongs to, or null when it is not a speech verb. */
  @Nullable VerbInfo verb(String lowerWord) {
    return verbs.get(lowerWord);
  }

  boolean isVerb(String lowerWord) {
    return verbs.containsKey(lowerWord);
  }

  boolean isNoun(String lowerWord) {
    return nouns.contains(lowerWord);
  }

  int verbFormCount() {
    return verbs.size();
  }
}
