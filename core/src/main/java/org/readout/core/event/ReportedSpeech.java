package org.readout.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.SentenceCoder.Raw;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Events told in indirect speech: the speech predicate governs its complement. A reporter who
 * asserts an event ("the military said the North fired a missile") leaves it as it is. A claim or
 * accusation ("Iran claimed that Israel had struck its embassy") is an accusation by the speaker
 * (112, refined by the act) against the accused, not the act, and a claim of one's own act a claim
 * of responsibility (015); a denial ("X denied that its forces had shelled Y") is a denial (016)
 * when the act is the speaker's side's, else no event. Which cues claim or deny is data ({@link
 * SpeechStances}). A statement that someone must or should act ("Russia said Sudan must return the
 * helicopter") is a demand (100) on that actor. Read-only over one article.
 */
final class ReportedSpeech {
  private static final SpeechStances STANCES = SpeechStances.bundled();

  /** Possessives that make the reported clause's subject the speaker's own ("its fighters"). */
  private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "our");

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");

  /** How far back from a reported act a noun of saying and its "that" are sought. */
  private static final int MAX_NOUN_COMPLEMENT = 10;

  private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought");

  private static final String ACCUSE = "112";
  private static final String CLAIM_RESPONSIBILITY = "015";
  private static final String DENY_RESPONSIBILITY = "016";
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
      // A speaker the quote stage could not name ("a spokesman for the ministry denied ...")
      // still claims or denies: its quote is kept so the act is not taken as asserted.
      if (q.kind() == QuoteKind.INDIRECT && q.cue() != null) {
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
   * The events of the sentence starting at token {@code from} as reported. What a cue asserts
   * stays; what it claims is an accusation against another side (112) or a claim of the speaker's
   * own act (015); what it denies is a denial of the speaker's own act (016) or, for another side,
   * nothing; an act inside the complement of a noun of saying ("reports that ...") is asserted by
   * no one and dropped. The speech predicate governs its complement: the stance comes from the
   * cue's word ({@link SpeechStances}), never from the act.
   */
  List<Raw> apply(List<Raw> raws, int from, int to) {
    Rebuttal rebuttal = rebuttal(from, to);
    if (raws.isEmpty() && rebuttal == null) {
      return raws;
    }
    List<Raw> out = new ArrayList<>(raws.size() + 1);
    for (Raw r : raws) {
      if (inNounComplement(r.predicate(), from)) {
        continue; // "rejected India's claim that its jets had shot down ...": no one asserts it
      }
      if (rebuttal != null && v.doc.firstTokenEndingAfter(r.predicate()) >= rebuttal.noun()) {
        continue; // "..., a charge Ukraine rejected": the rejection is the denial below
      }
      Quote q = indirect.isEmpty() ? null : enclosing(r.predicate());
      if (q == null || participleAdjunctAfter(q, r) || madeByCue(q, r)) {
        out.add(r); // asserted by the reporter, or the speech act itself
        continue;
      }
      if (q.speaker() == null) {
        if (stance(q) == SpeechStances.Stance.ASSERT || stance(q) == SpeechStances.Stance.NOUN) {
          out.add(r);
        }
        continue; // claimed or denied by someone unnamed: no one to code, and not asserted
      }
      boolean own =
          r.source().equals(q.speaker())
              || sides.sameSide(q.speaker(), List.of(r.source()))
              || ownSubject(q);
      switch (stance(q)) {
        case ASSERT, NOUN -> out.add(r);
        case CLAIM -> out.add(own ? statement(q, r, CLAIM_RESPONSIBILITY) : accusation(q, r));
        case DENY -> {
          if (own) {
            out.add(statement(q, r, DENY_RESPONSIBILITY));
          }
        }
        case REFUSE -> {} // "rejected X's proposal to hold talks": the talks are only proposed
      }
    }
    if (rebuttal != null) {
      out.add(rebuttal.denial());
    }
    return out;
  }

  /**
   * An appositive denial of what the sentence reports: "Moscow accused Kyiv of shelling the plant,
   * a charge Ukraine rejected". The reporter asserts it: the denier denies responsibility (016) to
   * the accuser, the speaker of the quote the noun stands in (else no target).
   */
  private record Rebuttal(int noun, Raw denial) {}

  private @Nullable Rebuttal rebuttal(int from, int to) {
    for (int i = from + 2; i + 2 < to; i++) {
      if (!STANCES.isNoun(v.words[i])) {
        continue;
      }
      int before = DETERMINERS.contains(v.words[i - 1]) ? i - 2 : i - 1;
      if (!v.words[before].equals(",")) {
        continue;
      }
      int k = i + 1;
      if (v.words[k].equals("that") || v.words[k].equals("which")) {
        k++;
      }
      MentionRef denier = k < to ? v.mentionAt[k] : null;
      if (denier == null) {
        continue;
      }
      int verb = denier.last() + 1;
      while (verb < to
          && (ClauseReader.AUXILIARIES.contains(v.words[verb]) || v.tags[verb].startsWith("RB"))) {
        verb++;
      }
      SpeechStances.Stance stance = verb < to ? STANCES.ofVerb(v.words[verb]) : null;
      if (stance != SpeechStances.Stance.DENY && stance != SpeechStances.Stance.REFUSE) {
        continue;
      }
      int offset = v.tokens.get(i).span().start();
      Quote q = indirect.isEmpty() ? null : enclosing(offset);
      String accuser = q == null || denier.actorId().equals(q.speaker()) ? null : q.speaker();
      Span span = v.span(i, verb);
      return new Rebuttal(
          i,
          new Raw(
              denier.actorId(),
              accuser,
              DENY_RESPONSIBILITY,
              span,
              v.tokens.get(verb).span().start(),
              EventConfidence.reported().value()));
    }
    return null;
  }

  /**
   * Denials of the sentence {@code [from, to)} tokens whose denied clause names no act the
   * dictionary knows ("North Korea denied that it was behind the sinking"): the denial itself is
   * the event (016) by the speaker, unless the sentence already has one by that speaker.
   */
  List<Raw> denials(int from, int to, List<Raw> sentence) {
    List<Raw> out = new ArrayList<>();
    for (int i = firstQuoteFrom(from); i < firstTokens.length && firstTokens[i] < to; i++) {
      Quote q = indirect.get(i);
      int first = firstTokens[i];
      if (q.speaker() == null
          || stance(q) != SpeechStances.Stance.DENY
          || first >= v.words.length
          || !v.words[first].equals("that")
          || has(sentence, q.speaker(), DENY_RESPONSIBILITY)
          || has(out, q.speaker(), DENY_RESPONSIBILITY)) {
        continue;
      }
      out.add(
          new Raw(
              q.speaker(),
              null,
              DENY_RESPONSIBILITY,
              new Span(start(q), q.cue().end()),
              q.cue().start(),
              EventConfidence.reported().value()));
    }
    return out;
  }

  private static boolean has(List<Raw> raws, @Nullable String source, String code) {
    for (Raw r : raws) {
      if (r.source().equals(source) && r.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code r} is the speaker's own speech act that the cue makes, not an act it reports:
   * "accused Y of shelling" (a claim cue's accusation, 112x), "rejected Y's call to halt the
   * offensive" (a denial cue's refusal, 12x, or denial, 016). The cue's pattern governs the act
   * inside the quote, so the event already is what the stance would make of it.
   */
  private boolean madeByCue(Quote q, Raw r) {
    if (!r.source().equals(q.speaker())) {
      return false;
    }
    int root = CodeCombiner.root(r.code());
    return switch (stance(q)) {
      case CLAIM -> root == 11;
      case DENY, REFUSE -> root == 12 || r.code().equals(DENY_RESPONSIBILITY);
      case ASSERT, NOUN -> false;
    };
  }

  private SpeechStances.Stance stance(Quote q) {
    String w = q.cue().of(v.text).strip();
    return w.contains(" ") ? SpeechStances.Stance.ASSERT : STANCES.ofVerb(w);
  }

  /**
   * Whether the reported clause opens with the speaker's own possessive ("claimed that its fighters
   * had shot down ..."): its subject is the speaker's side.
   */
  private boolean ownSubject(Quote q) {
    int k = v.doc.firstTokenEndingAfter(q.span().start());
    if (k < v.words.length && v.words[k].equals("that")) {
      k++;
    }
    return k < v.words.length && OWN_POSSESSIVES.contains(v.words[k]);
  }

  /**
   * Whether the act at character {@code offset} stands in the "that" clause of a noun of saying
   * ("reports that its troops had crossed", "the claim that X shelled Y"), within the sentence
   * starting at token {@code from}.
   */
  private boolean inNounComplement(int offset, int from) {
    int head = v.doc.firstTokenEndingAfter(offset);
    for (int i = head - 1; i > from && i >= head - MAX_NOUN_COMPLEMENT; i--) {
      String w = v.words[i];
      if (PatternMatcher.isBoundary(w) || w.equals(",")) {
        return false;
      }
      if (w.equals("that")) {
        return STANCES.isNoun(v.words[i - 1]);
      }
    }
    return false;
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
    for (int i = firstQuoteFrom(from); i < firstTokens.length && firstTokens[i] < to; i++) {
      Quote q = indirect.get(i);
      if (q.speaker() == null) {
        continue; // a demand needs the actor who makes it
      }
      int first = firstTokens[i];
      int k = first < v.words.length && v.words[first].equals("that") ? first + 1 : first;
      while (k < to && (v.tags[k].equals("DT") || v.tags[k].equals("PDT"))) {
        k++; // "said that the Sudanese government must ...", "said all ..."
      }
      MentionRef m = k < v.words.length ? v.mentionAt[k] : null;
      if (m == null) {
        // "said all political forces in Yemen must ...": a body of the country is told to act.
        m = bodyOf(k, to);
      }
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

  /** Nouns for the actors of a country that a demand may address: "the armed groups in X". */
  private static final Set<String> BODIES =
      Set.of(
          "forces",
          "groups",
          "parties",
          "factions",
          "sides",
          "leaders",
          "leadership",
          "authorities",
          "people",
          "militias",
          "rebels",
          "politicians",
          "officials",
          "members");

  /**
   * The country a body of actors names with "in/of/from" ("all political forces in Yemen", "the
   * warring parties of Libya"), the phrase starting at token {@code k}: at most three modifiers
   * (adjectives, nouns, participles: "armed") before a noun of {@link #BODIES}. Null when the
   * phrase names no such body.
   */
  private @Nullable MentionRef bodyOf(int k, int to) {
    int i = k;
    while (i < to
        && i - k < 4
        && (v.tags[i].startsWith("JJ") || v.tags[i].startsWith("NN") || v.tags[i].equals("VBN"))
        && v.mentionAt[i] == null
        && !BODIES.contains(v.words[i].toLowerCase(java.util.Locale.ROOT))) {
      i++;
    }
    if (i + 2 >= to || !BODIES.contains(v.words[i].toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String p = v.words[i + 1];
    if (!p.equals("in") && !p.equals("of") && !p.equals("from")) {
      return null;
    }
    int j = i + 2;
    while (j < to && v.tags[j].equals("DT")) {
      j++;
    }
    return j < to ? v.mentionAt[j] : null;
  }

  /** The index of the first indirect quote starting at or after token {@code from}. */
  private int firstQuoteFrom(int from) {
    int i = java.util.Arrays.binarySearch(firstTokens, from);
    if (i < 0) {
      i = -i - 1;
    }
    while (i > 0 && firstTokens[i - 1] >= from) {
      i--; // binarySearch finds any of equal keys: start at the first
    }
    return i;
  }

  /**
   * A claim about another side's act: the speaker accuses its source, refined by what the act is
   * ("claimed that X had shelled Y" is an accusation of aggression, 1123).
   */
  private Raw accusation(Quote q, Raw r) {
    String code = CodeCombiner.combine(Role.ACCUSE, ACCUSE, r.code());
    return new Raw(
        q.speaker(),
        r.source(),
        code == null ? ACCUSE : code,
        span(q, r),
        q.cue().start(),
        EventConfidence.reported().value());
  }

  /**
   * A claim or denial of the speaker's own act ("claimed that its fighters had shot down an army
   * drone" 015, "denied that Russia had shelled the school" 016): the speaker states it about the
   * act's target.
   */
  private Raw statement(Quote q, Raw r, String code) {
    String target = r.target() != null && r.target().equals(q.speaker()) ? null : r.target();
    return new Raw(
        q.speaker(), target, code, span(q, r), q.cue().start(), EventConfidence.reported().value());
  }

  private static Span span(Quote q, Raw r) {
    return new Span(Math.min(start(q), r.span().start()), Math.max(q.cue().end(), r.span().end()));
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
}
