package org.readout.core.quote;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * What a speech verb reports through a preposition, for {@link IndirectSpeechFinder}: "spoke about
 * her ties to the churches", "warned against potential hackers", "complained about his microphone",
 * "spoke of the legacy of racism", "pointed to rising costs". The content is the phrase after the
 * preposition, to the next comma, semicolon, dash or the sentence end: the topic of the speech,
 * which readers and PolNeAR alike take for what was said.
 *
 * <p>Design decision: "to" only after "point" and "allude" ("spoke to reporters" names the
 * addressee, not the content), and "for" only after verbs of asking ("pleaded for his life",
 * "appealed for calm"), where it names the demand; "thank for" and "blame for" are {@link
 * ComplementContent}'s.
 */
final class PrepositionContent {
  private PrepositionContent() {}

  /** The first and last token of the content. */
  record Reach(int first, int last) {}

  private static final Set<String> TOPIC = Set.of("about", "of", "against");

  /**
   * Verbs whose "on" names a topic ("commented on the ruling"); after other verbs it is a time, a
   * place or a medium ("said on Thursday", "wrote on his blog").
   */
  private static final Set<String> TOPIC_ON =
      Set.of("comment", "elaborate", "remark", "expound", "reflect", "dwell", "harp", "lecture");

  /** Verbs that name a demand with "for": "appealed for calm", "pleaded for his life". */
  private static final Set<String> ASKING_FOR =
      Set.of("ask", "appeal", "plead", "beg", "petition", "pray", "argue", "press");

  /** Verbs that name what they point at with "to": "pointed to rising costs". */
  private static final Map<String, String> POINTING = Map.of("point", "to", "allude", "to");

  /**
   * Verbs whose preposition names no content: "report on" stays a channel's, and after "said of" or
   * "wrote about" the content is the quote or the clause around them ("she said of the claim"), not
   * the topic.
   */
  private static final Set<String> NOT_TOPIC =
      Set.of(
          "report",
          "read",
          "quote",
          "accuse",
          "say",
          "add",
          "write",
          "tweet",
          "blog",
          "message",
          "assure",
          "reassure",
          "continue",
          "conclude",
          "repeat");

  private static final Set<String> STOPS = Set.of(",", ";", ":", "--", "—", "–", "(");

  /**
   * The content after the preposition that follows the verb at {@code k} (past a particle or an
   * adverb: "spoke out about", "spoke emotionally of"), or null.
   */
  static @Nullable Reach find(TextIndex ix, VerbInfo v, int k, int end) {
    if (NOT_TOPIC.contains(v.base()) || !ix.tag(k).startsWith("VB") || passive(ix, k)) {
      return null;
    }
    int p = k + 1;
    while (p < end
        && p - k <= 3
        && (ix.tag(p).startsWith("RB")
            || ix.lower(p).equals("out")
            || ix.tag(p).equals("RP")
            || ix.isDayWord(p))) {
      p++;
    }
    if (p + 1 >= end) {
      return null;
    }
    String prep = ix.lower(p);
    boolean fits =
        TOPIC.contains(prep)
            || (prep.equals("on") && TOPIC_ON.contains(v.base()))
            || (prep.equals("for") && ASKING_FOR.contains(v.base()))
            || prep.equals(POINTING.get(v.base()));
    if (!fits || ix.quoted(p) || ix.isPunct(p + 1)) {
      return null;
    }
    int first = p + 1;
    int last = first;
    for (int m = first; m < end; m++) {
      if (!ix.quoted(m) && STOPS.contains(ix.lower(m))) {
        break;
      }
      last = m;
    }
    while (last > first && ix.isPunct(last) && !ix.isMark(last)) {
      last--;
    }
    return new Reach(first, last);
  }

  /**
   * A past participle without "have": a passive or a reduced relative ("people briefed on the
   * talks", "Trump, asked about the deaths, said"), whose topic is no statement of the subject's.
   */
  private static boolean passive(TextIndex ix, int k) {
    if (!ix.tag(k).equals("VBN")) {
      return false;
    }
    for (int m = k - 1; m >= 0 && k - m <= 3; m--) {
      String w = ix.lower(m);
      if (w.startsWith("ha") || w.equals("'ve") || w.equals("'d")) {
        return false;
      }
      if (!ix.tag(m).startsWith("RB")) {
        return true;
      }
    }
    return true;
  }
}
