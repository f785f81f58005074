package org.readout.core.quote;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.SpeechLexicon.VerbInfo;

/**
 * Finds reported speech without quote marks: a speech verb with a subject, then a clause ("Xi noted
 * that the holiday was near", "Putin said relations were at their best"). The clause runs to the
 * end of the sentence, or to a coordinated speech verb ("... and added"), a semicolon, or a quote
 * introduced by a comma or colon.
 */
final class IndirectSpeechFinder {
  /** A reported clause, its speech verb and the verb's subject (null when it names no actor). */
  record Clause(Span span, int verb, @Nullable Subject subject) {}

  private IndirectSpeechFinder() {}

  static List<Clause> find(TextIndex ix, SpeakerFinder speech, SpeechLexicon lexicon) {
    List<Clause> out = new ArrayList<>();
    for (int k = 0; k < ix.size(); k++) {
      Clause headline = HeadlineStatements.at(ix, speech, lexicon, k);
      if (headline != null) {
        out.add(headline);
        k = ix.firstTokenEndingAfter(headline.span().end() - 1);
        continue;
      }
      boolean callFor = ComplementContent.callFor(ix, k);
      if (ix.quoted(k) || !(callFor || speech.isSpeechVerb(k))) {
        continue;
      }
      VerbInfo v = callFor ? ComplementContent.CALL_FOR : lexicon.verb(ix.lower(k));
      int end = ix.sentenceEnd(k);
      if (!callFor && PassiveSpeech.passive(ix, k)) {
        // The subject of "was asked" or "was told" is the addressee, never the speaker.
        Clause c = PassiveSpeech.at(ix, speech, v, k, end);
        if (c != null) {
          out.add(c);
          k = ix.firstTokenEndingAfter(c.span().end() - 1);
        }
        continue;
      }
      int start =
          callFor ? ComplementContent.calledStart(ix, k) : ClauseStarts.start(ix, v, k, end);
      int last = -1;
      PrepositionContent.Reach topic =
          start < 0 && !callFor ? PrepositionContent.find(ix, v, k, end) : null;
      if (topic != null) {
        start = topic.first();
        last = topic.last();
      }
      if (start < 0
          || start >= end
          || ((ix.isMark(start) || ix.quoted(start))
              && !mixed(ix, start, end)
              && !afterThat(ix, start))) {
        continue;
      }
      Subject subject = speech.subjectOf(k, 0);
      if (subject == null) {
        subject = participleSubject(ix, speech, k);
      }
      if (subject == null) {
        subject = ClauseSubjects.find(ix, k, v.zeroThat() && topic == null);
      }
      if (subject == null) {
        subject = ClauseSubjects.beforeAside(ix, speech, k);
      }
      if (subject == null
          ? !unnamedSubject(ix, k, start)
          : subject.ref() != null && subject.ref().isOutlet() && v.channel()) {
        continue;
      }
      last = last >= 0 ? last : ClauseEnds.last(ix, speech, start, end);
      if (last > start) {
        out.add(new Clause(new Span(ix.span(start).start(), ix.span(last).end()), k, subject));
        k = last;
      }
    }
    return out;
  }

  /**
   * The subject of a participle cue after a comma (", accusing Lee of lying", ", calling the plan
   * "reckless""): the actor that opens the clause before it, not the name after the participle,
   * which is its object. Null when the verb is no such participle or the clause names no actor.
   */
  private static @Nullable Subject participleSubject(TextIndex ix, SpeakerFinder speech, int k) {
    int lo = ix.sentenceStart(k);
    if (!ix.tag(k).equals("VBG") || k - 1 <= lo || !ix.lower(k - 1).equals(",")) {
      return null;
    }
    Subject s = speech.sentenceSubject(lo, k - 1);
    return s == null ? null : new Subject(s.ref(), s.mention(), s.gender(), false);
  }

  /**
   * Whether the verb at {@code k} reports speech although its subject names no actor: a finite verb
   * after a plain noun, with an explicit "that" ("The company said that ...", "Reports say that
   * ..."). The clause is then a statement with an unknown speaker; without "that" the same shape is
   * too often not speech to risk.
   */
  private static boolean unnamedSubject(TextIndex ix, int k, int start) {
    return ClauseStarts.FINITE_TAGS.contains(ix.tag(k))
        && !ix.tag(k).equals("MD")
        && k > ix.sentenceStart(k)
        && ix.tag(k - 1).startsWith("NN")
        && ix.lower(start - 1).equals("that");
  }

  /**
   * Whether the quote that opens a reported clause follows "that" ("added that "the school was run
   * well"", "told the station that, "..."): the reporter's "that" makes the quoted words an
   * indirect statement as well as a quote, which is then also kept as a partial quote.
   */
  private static boolean afterThat(TextIndex ix, int start) {
    int t = start - 1;
    if (t > 0 && ix.lower(t).equals(",")) {
      t--;
    }
    return t > 0 && ix.lower(t).equals("that") && !ix.quoted(t);
  }

  /**
   * Whether a reported clause that opens with a quote mark mixes the quoted words with the
   * reporter's ("Obama said "it gets me mad" every time he thinks of it"): words outside the marks
   * follow the quoted stretch in the sentence. A clause quoted throughout is a direct quote.
   */
  static boolean mixed(TextIndex ix, int start, int end) {
    int m = start;
    while (m < end && (ix.quoted(m) || ix.isMark(m))) {
      m++;
    }
    int words = 0;
    for (; m < end && words < 2; m++) {
      if (ix.quoted(m) || ix.lower(m).equals(";")) {
        break;
      }
      words += ix.isPunct(m) ? 0 : 1;
    }
    return words >= 2;
  }
}
