package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.IndirectSpeechFinder.Clause;
import org.readout.core.quote.SpeakerFinder.Subject;

/**
 * A statement inside a relative clause, for {@link StatementFinder}: the speech verb's subject
 * follows a relative word or the noun it describes, and the verb is followed at once by the
 * clause's own verb, whose subject is the noun ("a deadline that several insiders said went
 * unnoticed", "what many analysts said was a sign of thaw", "an election the army says was
 * fraudulent"). The statement runs from the relative word, or the noun phrase, to the clause end,
 * with the cue inside it.
 */
final class RelativeStatements {
  private RelativeStatements() {}

  private static final Set<String> RELATIVES = Set.of("that", "which", "what", "whom");
  private static final int MAX_NOUN_PHRASE = 5;

  /** The statement of the speech verb at {@code k}, or null. */
  static @Nullable Clause at(TextIndex ix, SpeakerFinder speech, int k) {
    if (!ClauseStarts.FINITE_TAGS.contains(ix.tag(k)) || ix.tag(k).equals("MD")) {
      return null;
    }
    int hi = ix.sentenceEnd(k);
    int n = k + 1;
    while (n < hi && ix.tag(n).startsWith("RB")) {
      n++;
    }
    if (n + 1 >= hi || !ClauseStarts.FINITE_TAGS.contains(ix.tag(n)) || ix.quoted(n)) {
      return null;
    }
    Subject subject = speech.subjectOf(k, 0);
    if (subject == null) {
      subject = ClauseSubjects.find(ix, k, true);
    }
    if (subject == null || (subject.ref() != null && subject.ref().isOutlet())) {
      return null;
    }
    int lo = ix.sentenceStart(k);
    int s = ix.firstTokenEndingAfter(subject.mention().start());
    if (s <= lo || s > k) {
      return null;
    }
    int first = opening(ix, s - 1, lo);
    if (first < 0) {
      return null;
    }
    int last = ClauseEnds.last(ix, speech, n, hi);
    return last > n
        ? new Clause(new Span(ix.span(first).start(), ix.span(last).end()), k, subject)
        : null;
  }

  /** The relative word at {@code t}, or the start of the noun phrase ending there, or -1. */
  private static int opening(TextIndex ix, int t, int lo) {
    if (ix.quoted(t)) {
      return -1;
    }
    if (RELATIVES.contains(ix.lower(t))) {
      return t;
    }
    if (!ix.tag(t).startsWith("NN") || ix.mentionAt(t) != null) {
      return -1;
    }
    int first = t;
    while (first - 1 >= lo
        && t - first < MAX_NOUN_PHRASE
        && (ix.tag(first - 1).startsWith("JJ")
            || ix.tag(first - 1).startsWith("NN")
            || ix.tag(first - 1).equals("DT")
            || ix.tag(first - 1).equals("PRP$"))) {
      first--;
    }
    return first;
  }
}
