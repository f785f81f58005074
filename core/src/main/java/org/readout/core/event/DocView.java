package org.readout.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.Token;

/**
 * Per-article arrays the coder reads many times: lower-case token words, tags, and which actor
 * mention covers each token. Built once per {@code apply} in time linear in tokens plus mentions
 * (times a log for the span lookup).
 */
final class DocView {
  /**
   * An actor mention as a token range.
   *
   * @param actorId the actor's id
   * @param first first token index
   * @param last last token index, inclusive
   * @param kind how it refers
   */
  record MentionRef(String actorId, int first, int last, MentionKind kind) {}

  static final Set<String> PREPOSITIONS =
      Set.of(
          "with",
          "to",
          "against",
          "on",
          "at",
          "by",
          "from",
          "for",
          "of",
          "in",
          "into",
          "toward",
          "towards",
          "between",
          "about",
          "over",
          "under",
          "after",
          "before",
          "during",
          "among",
          "than",
          "like",
          "upon",
          "via",
          "onto",
          "through",
          "amid",
          "behind",
          "beside",
          "within",
          "without",
          "including");
  static final Set<String> SAY_VERBS =
      Set.of(
          "said",
          "says",
          "say",
          "saying",
          "stated",
          "states",
          "noted",
          "notes",
          "added",
          "adds",
          "announced",
          "announces",
          "told",
          "tells",
          "reported",
          "reports",
          "claimed",
          "claims",
          "believes",
          "believed",
          "suggested",
          "suggests",
          "emphasized",
          "stressed",
          "warned",
          "insisted",
          "argued",
          "confirmed",
          "that");

  /**
   * Words the tagger marks IN that open a clause ("as Modi visits"), so a name after them is a
   * subject.
   */
  /** Two-word openers of an approximate count: "at least 19", "more than 300". */
  static final Set<String> COUNT_PAIRS =
      Set.of("at least", "at most", "more than", "less than", "fewer than", "up to");

  static final Set<String> CONJUNCTIONS =
      Set.of(
          "that",
          "as",
          "while",
          "because",
          "since",
          "although",
          "though",
          "whereas",
          "when",
          "once",
          "so",
          "if",
          "unless",
          "whether",
          "after",
          "before",
          "until");

  final AnnotatedArticle doc;
  final String text;
  final List<Token> tokens;
  final String[] words;
  final String[] tags;
  final @Nullable MentionRef[] mentionAt;

  /** Ids of the actors that are persons: a title before a person's name is no actor of its own. */
  final Set<String> personIds = new HashSet<>();

  /**
   * Whether a time expression covers the token ("on *Monday*"): lets a governor reach past "on
   * Monday to".
   */
  final boolean[] inTime;

  DocView(AnnotatedArticle doc) {
    this.doc = doc;
    this.text = doc.text();
    this.tokens = doc.tokens();
    int n = tokens.size();
    words = new String[n];
    tags = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = normalize(t.span().of(text));
      tags[i] = t.tag();
    }
    mentionAt = new MentionRef[n];
    for (Actor a : doc.actors()) {
      if (a.kind() == ActorKind.PERSON) {
        personIds.add(a.id());
      }
      for (Mention m : a.mentions()) {
        mark(a.id(), m);
      }
    }
    inTime = new boolean[n];
    for (TimeExpression t : doc.times()) {
      int end = t.span().end();
      for (int i = doc.firstTokenEndingAfter(t.span().start());
          i < n && tokens.get(i).span().start() < end;
          i++) {
        inTime[i] = true;
      }
    }
  }

  private void mark(String actorId, Mention m) {
    int first = doc.firstTokenEndingAfter(m.span().start());
    int last = first - 1;
    while (last + 1 < tokens.size() && tokens.get(last + 1).span().start() < m.span().end()) {
      last++;
    }
    if (last < first) {
      return;
    }
    MentionRef ref = new MentionRef(actorId, first, last, m.kind());
    for (int i = first; i <= last; i++) {
      MentionRef old = mentionAt[i];
      if (old == null || old.last() - old.first() < last - first) {
        mentionAt[i] = ref;
      }
    }
  }

  Span span(int first, int lastInclusive) {
    return new Span(tokens.get(first).span().start(), tokens.get(lastInclusive).span().end());
  }

  boolean isVerb(int i) {
    return tags[i].startsWith("VB") || tags[i].equals("MD");
  }

  /** A finite verb (past, present) or a modal: the verb of a clause of its own. */
  boolean isFiniteOrModal(int i) {
    String t = tags[i];
    return t.equals("VBD") || t.equals("VBZ") || t.equals("VBP") || t.equals("MD");
  }

  boolean isPreposition(int i) {
    return PREPOSITIONS.contains(words[i])
        || (tags[i].equals("IN") && !CONJUNCTIONS.contains(words[i]));
  }

  /**
   * Curly apostrophes become straight ones so that "Russia’s" and "n’t" compare equal to the ASCII
   * forms.
   */
  private static String normalize(String s) {
    return s.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
