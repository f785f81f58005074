package org.readout.core.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Span;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Links a definite description that speaks ("the Florida senator said", "the retired neurosurgeon
 * told") to the person it refers back to, when the actor stage left it unlinked: the most recent
 * person named in the last few paragraphs whose title before the name or apposition after it holds
 * the description's head noun and every one of its modifiers ("Florida Sen. Lee Marsh", "Ben Ola, a
 * retired neurosurgeon"). Read-only over the actor layer's mentions; every scan is bounded.
 *
 * <p>Design decision: all the modifiers must be found, not most of them. "The Texas senator" after
 * "Florida Sen. Lee Marsh" is somebody else, and a speaker left as words is better than a speaker
 * who is wrong; a description with a possessive ("the mayor's aide") is never the person it names.
 */
final class DescriptionLinks {
  private static final int PARAGRAPHS = 6;
  private static final int LOOKBACK = 80;
  private static final int TITLE = 6;
  private static final int APPOSITION = 12;

  /** Abbreviated titles of news style, and the role word each stands for. */
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("sen.", "senator"),
          Map.entry("sen", "senator"),
          Map.entry("gov.", "governor"),
          Map.entry("gov", "governor"),
          Map.entry("rep.", "representative"),
          Map.entry("rep", "representative"),
          Map.entry("gen.", "general"),
          Map.entry("lt.", "lieutenant"),
          Map.entry("sec.", "secretary"),
          Map.entry("atty.", "attorney"),
          Map.entry("pres.", "president"),
          Map.entry("amb.", "ambassador"),
          Map.entry("supt.", "superintendent"));

  /** Modifiers that tell nobody apart: "the former governor" may be named "Gov. Lee". */
  private static final Set<String> NEUTRAL = Set.of("former", "then", "current", "longtime");

  /** Ranks that make another office: "the governor" is not "Lt. Gov. Ann Lee". */
  private static final Set<String> RANKS =
      Set.of("vice", "deputy", "assistant", "lieutenant", "associate", "under");

  private final TextIndex ix;
  private final List<Paragraph> paragraphs;

  DescriptionLinks(TextIndex ix, List<Paragraph> paragraphs) {
    this.ix = ix;
    this.paragraphs = paragraphs;
  }

  /** The person mention the description {@code d} refers back to, or null. */
  @Nullable MentionRef link(Span d) {
    int first = ix.firstTokenEndingAfter(d.start());
    int head = ix.lastTokenEndingBy(d.end());
    if (first > 0 && first < ix.size() && ix.lower(first - 1).equals("the")) {
      // The actor stage's description mention may leave the article out ("Florida senator").
      first--;
    }
    if (first >= ix.size()
        || head <= first
        || !ix.lower(first).equals("the")
        || !commonNoun(head)) {
      return null;
    }
    List<String> modifiers = new ArrayList<>();
    for (int k = first + 1; k < head; k++) {
      String w = ix.lower(k);
      if (w.equals("'s") || ix.tag(k).equals("POS")) {
        return null;
      }
      if (!ix.isPunct(k) && !NEUTRAL.contains(w)) {
        modifiers.add(w);
      }
    }
    String noun = ix.lower(head);
    int paragraph = Paragraph.indexAt(paragraphs, d.start());
    int i = lastRefBefore(d.start());
    for (int seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
      MentionRef r = ix.refs.get(i);
      Span m = r.mention().span();
      if (paragraph - Paragraph.indexAt(paragraphs, m.start()) > PARAGRAPHS) {
        return null;
      }
      int t = ix.firstTokenEndingAfter(m.start());
      if (!r.isPerson() || r.mention().kind() != MentionKind.NAME || ix.quoted(t)) {
        continue;
      }
      Set<String> around = context(t, ix.mentionEnd(t));
      String role = r.actor().role();
      boolean named = around.contains(noun) || (role != null && role.endsWith(noun));
      boolean ranked = RANKS.stream().anyMatch(w -> around.contains(w) && !modifiers.contains(w));
      if (named && !ranked && around.containsAll(modifiers)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether token {@code t} is a singular common noun: tagged so, or a lower-case word tagged as a
   * proper noun after a name ("the Florida senator" tags "senator" NNP).
   */
  private boolean commonNoun(int t) {
    String tag = ix.tag(t);
    String word = ix.span(t).of(ix.text);
    return tag.equals("NN") || (tag.equals("NNP") && Character.isLowerCase(word.charAt(0)));
  }

  /**
   * The person a headline's bare role refers to ("'Reckless,' says senator"): the first person
   * named in the next few paragraphs whose title or apposition holds the role word, or null. A
   * headline introduces its speaker before the story names them.
   */
  @Nullable MentionRef headline(Span role) {
    int t = ix.firstTokenEndingAfter(role.start());
    if (t >= ix.size() || ix.lastTokenEndingBy(role.end()) != t || !commonNoun(t)) {
      return null;
    }
    String noun = ix.lower(t);
    int paragraph = Paragraph.indexAt(paragraphs, role.start());
    for (int i = lastRefBefore(role.end()) + 1, seen = 0;
        i < ix.refs.size() && seen < LOOKBACK;
        i++, seen++) {
      MentionRef r = ix.refs.get(i);
      Span m = r.mention().span();
      if (Paragraph.indexAt(paragraphs, m.start()) - paragraph > PARAGRAPHS) {
        return null;
      }
      int k = ix.firstTokenEndingAfter(m.start());
      if (r.isPerson() && r.mention().kind() == MentionKind.NAME && !ix.quoted(k)) {
        Set<String> around = context(k, ix.mentionEnd(k));
        String title = r.actor().role();
        boolean ranked = RANKS.stream().anyMatch(around::contains);
        if (!ranked && (around.contains(noun) || (title != null && title.endsWith(noun)))) {
          return r;
        }
      }
    }
    return null;
  }

  /** The index in {@link TextIndex#refs} of the last mention starting before {@code offset}. */
  private int lastRefBefore(int offset) {
    int lo = 0;
    int hi = ix.refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ix.refs.get(mid).mention().span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * The words of the title before the name that spans tokens {@code [first, last]} and of an
   * apposition or bracket after it, lower case, with abbreviated titles spelled out.
   */
  private Set<String> context(int first, int last) {
    Set<String> words = new HashSet<>();
    int lo = ix.sentenceStart(first);
    for (int k = first - 1; k >= lo && first - k <= TITLE; k--) {
      MentionRef other = ix.mentionAt(k);
      if (ix.isPunct(k) || ix.isMark(k) || (other != null && other.isPerson())) {
        break;
      }
      add(words, k);
    }
    int hi = ix.sentenceEnd(first);
    int k = last + 1;
    if (k < hi && (ix.lower(k).equals(",") || ix.lower(k).equals("("))) {
      for (k++; k < hi && k - last <= APPOSITION; k++) {
        String w = ix.lower(k);
        if (w.equals(",") || w.equals(")") || w.equals(";") || ix.isMark(k)) {
          break;
        }
        add(words, k);
      }
    }
    return words;
  }

  private void add(Set<String> words, int k) {
    String w = ix.lower(k);
    words.add(TITLES.getOrDefault(w, w));
  }
}
