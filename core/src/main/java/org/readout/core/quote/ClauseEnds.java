package org.readout.core.quote;

/**
 * Where a reported clause ends, for {@link IndirectSpeechFinder}: at the sentence end, a semicolon,
 * a coordinated speech verb ("... and added", "but Baku has said") or a quote introduced by a comma
 * or colon.
 */
final class ClauseEnds {
  private ClauseEnds() {}

  /** The last token of the clause opening at {@code start}, before the sentence end {@code end}. */
  static int last(TextIndex ix, SpeakerFinder speech, int start, int end) {
    int last = start;
    for (int m = start; m < end; m++) {
      String w = ix.lower(m);
      if (w.equals(";")) {
        break;
      }
      if ((w.equals("and") || w.equals("but") || w.equals(","))
          && !ix.quoted(m)
          && coordinatedCue(ix, speech, m, end)) {
        break;
      }
      if (ix.isMark(m)
          && m > start
          && !ix.quoted(m - 1)
          && (ix.lower(m - 1).equals(",") || ix.lower(m - 1).equals(":"))) {
        break;
      }
      last = m;
    }
    while (last > start && ix.isPunct(last) && !ix.isMark(last)) {
      last--;
    }
    return last;
  }

  /**
   * Whether a speech verb follows the coordinator at {@code m} within a few words: adverbs ("and
   * added", "and then said") or a new subject ("but Baku has said", "and the ministry said"): the
   * reported clause ends there.
   */
  private static boolean coordinatedCue(TextIndex ix, SpeakerFinder speech, int m, int end) {
    boolean subject = false;
    for (int j = m + 1; j < end && j <= m + 6; j++) {
      if (speech.isSpeechVerb(j)) {
        return true;
      }
      String w = ix.lower(j);
      String tag = ix.tag(j);
      boolean adverb = w.equals("also") || w.equals("then") || tag.startsWith("RB");
      boolean aux = subject && (w.equals("has") || w.equals("have") || w.equals("had"));
      boolean noun =
          ix.mentionAt(j) != null
              || (j == m + 1 && ix.lower(m).equals("but") && tag.startsWith("NNP"))
              || (subject && tag.startsWith("NN"))
              || ((w.equals("the") || w.equals("but")) && !subject);
      if (noun && !w.equals("but")) {
        subject = true;
      }
      if (!adverb && !aux && !noun) {
        return false;
      }
    }
    return false;
  }
}
