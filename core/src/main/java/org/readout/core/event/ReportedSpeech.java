package org.readout.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.SentenceCoder.Raw;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Events told in indirect speech. A reporter who asserts an event ("the military said the North
 * fired a missile") leaves it as it is. A claim or accusation ("Iran claimed that Israel had struck
 * its embassy") is an accusation by the speaker (112) against the accused, not the act; a denial
 * ("X denied that its forces had shelled Y") states no act at all. A statement that someone must or
 * should act ("Russia said Sudan must return the helicopter") is a demand (100) on that actor.
 * Read-only over one article.
 */
final class ReportedSpeech {
  /** Cue verbs whose reported act is the speaker's allegation, not a fact. */
  private static final Set<String> CLAIMS =
      Set.of("claim", "allege", "accuse", "charge", "contend");

  private static final Set<String> DENIALS = Set.of("deny", "dismiss", "reject", "refute");

  private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought");

  private static final String ACCUSE = "112";
  private static final String DEMAND = "100";

  private final DocView v;
  private final ActorSides sides;
  private final List<Quote> indirect = new ArrayList<>();

  /**
   * The first token of each {@link #indirect} quote, in the same (text) order: {@link #demands}
   * finds a sentence's quotes by binary search instead of testing every quote of the document for
   * every sentence, which was quadratic on a long text (issue 13).
   */
  private final int[] firstTokens;

  /**
   * The largest end offset among {@link #indirect} quotes up to each index: {@link #enclosing}
   * stops looking back once no earlier quote reaches the offset.
   */
  private final int[] reach;

  ReportedSpeech(DocView v, ActorSides sides) {
    this.v = v;
    this.sides = sides;
    for (Quote q : v.doc.quotes()) {
      if (q.kind() == QuoteKind.INDIRECT && q.speaker() != null && q.cue() != null) {
        indirect.add(q);
      }
    }
    indirect.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
    firstTokens = new int[indirect.size()];
    reach = new int[indirect.size()];
    for (int i = 0; i < firstTokens.length; i++) {
      Span span = indirect.get(i).span();
      firstTokens[i] = v.doc.firstTokenEndingAfter(span.start());
      reach[i] = Math.max(span.end(), i > 0 ? reach[i - 1] : 0);
    }
  }

  /**
   * The events of one sentence as reported: claims become accusations, denied acts are dropped,
   * other acts stay.
   */
  List<Raw> apply(List<Raw> raws) {
    if (indirect.isEmpty() || raws.isEmpty()) {
      return raws;
    }
    List<Raw> out = new ArrayList<>(raws.size());
    for (Raw r : raws) {
      Quote q = enclosing(r.predicate());
      String cue = q == null ? null : cueLemma(q);
      if (cue == null
          || participleAdjunctAfter(q, r)
          || r.source().equals(q.speaker())
          || sides.sameSide(q.speaker(), List.of(r.source()))) {
        out.add(r); // asserted, or the speaker telling of its own side's act
      } else if (CLAIMS.contains(cue)) {
        out.add(accusation(q, r));
      } else if (!DENIALS.contains(cue)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * "X expelled two diplomats on Monday, accusing Y of spying": a participle after a comma adds
   * what the clause's own subject did; the act before it is asserted, not reported by the accused.
   */
  private boolean participleAdjunctAfter(Quote q, Raw r) {
    Span cue = q.cue();
    if (cue == null || r.predicate() >= cue.start()) {
      return false;
    }
    int k = v.doc.firstTokenEndingAfter(cue.start());
    return k > 0 && k < v.tags.length && v.tags[k].equals("VBG") && v.words[k - 1].equals(",");
  }

  /**
   * Demands in the indirect speech of the sentence {@code [from, to)} tokens: a reported clause
   * that opens with an actor and "must" or "should" ("said that Sudan must return ...").
   */
  List<Raw> demands(int from, int to) {
    List<Raw> out = new ArrayList<>();
    int i = java.util.Arrays.binarySearch(firstTokens, from);
    if (i < 0) {
      i = -i - 1;
    }
    while (i > 0 && firstTokens[i - 1] >= from) {
      i--; // binarySearch finds any of equal keys: start at the first
    }
    for (; i < firstTokens.length && firstTokens[i] < to; i++) {
      Quote q = indirect.get(i);
      int first = firstTokens[i];
      int k = first < v.words.length && v.words[first].equals("that") ? first + 1 : first;
      while (k < to && v.tags[k].equals("DT")) {
        k++; // "said that the Sudanese government must ..."
      }
      MentionRef m = k < v.words.length ? v.mentionAt[k] : null;
      if (m == null) {
        continue;
      }
      int after = m.last() + 1;
      while (after < to && v.mentionAt[after] != null) {
        after = v.mentionAt[after].last() + 1; // "the Sudanese government and the rebels"
        if (after < to && v.words[after].equals("and")) {
          after++;
        }
      }
      boolean must =
          after < to
              && (OBLIGATIONS.contains(v.words[after])
                  || (after + 1 < to
                      && (v.words[after].equals("has") || v.words[after].equals("have"))
                      && v.words[after + 1].equals("to")));
      if (!must || sides.sameSide(q.speaker(), List.of(m.actorId()))) {
        continue;
      }
      // The cue may follow the content ("X must withdraw, the minister said"): the evidence runs
      // from whichever comes first to whichever ends last.
      int begin = Math.min(start(q), v.tokens.get(k).span().start());
      int end = Math.max(q.cue().end(), v.tokens.get(Math.min(after, to - 1)).span().end());
      Span span = new Span(begin, end);
      out.add(
          new Raw(
              q.speaker(),
              m.actorId(),
              DEMAND,
              span,
              q.cue().start(),
              EventConfidence.reported()
                  .withTarget(EventConfidence.Resolution.of(m.kind()))
                  .value()));
    }
    return out;
  }

  private Raw accusation(Quote q, Raw r) {
    Span span =
        new Span(Math.min(start(q), r.span().start()), Math.max(q.cue().end(), r.span().end()));
    return new Raw(
        q.speaker(), r.source(), ACCUSE, span, q.cue().start(), EventConfidence.reported().value());
  }

  private static int start(Quote q) {
    int s = q.cue().start();
    return q.speakerMention() != null ? Math.min(s, q.speakerMention().start()) : s;
  }

  /** The first quote (in text order) whose span holds {@code offset}, or null. */
  private @Nullable Quote enclosing(int offset) {
    // The last quote starting at or before the offset, then back while an earlier one may reach it.
    int lo = 0;
    int hi = indirect.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (indirect.get(mid).span().start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Quote found = null;
    for (int i = lo - 1; i >= 0 && reach[i] > offset; i--) {
      if (indirect.get(i).span().contains(offset)) {
        found = indirect.get(i);
      }
    }
    return found;
  }

  /** The cue's verb without its inflection ("claimed" → "claim"), or null for a phrase cue. */
  private @Nullable String cueLemma(Quote q) {
    String w = q.cue().of(v.text).toLowerCase(Locale.ROOT).strip();
    if (w.contains(" ")) {
      return null;
    }
    for (String base : CLAIMS) {
      if (w.startsWith(base.substring(0, base.length() - 1))) {
        return base;
      }
    }
    for (String base : DENIALS) {
      if (w.startsWith(base.substring(0, base.length() - 1))) {
        return base;
      }
    }
    return w;
  }
}
