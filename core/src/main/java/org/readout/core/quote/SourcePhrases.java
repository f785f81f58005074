package org.readout.core.quote;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Sources described rather than named after a speech verb ("said a senior official", "said one of
 * the advisers", "added another Iowa Democrat"), and the head of a phrase with a complement, who
 * speaks rather than the body after it ("Director Li of the trade bureau said", "a spokesman for
 * the ministry said"). Every scan is bounded.
 */
final class SourcePhrases {
  private final TextIndex ix;
  private final NounPhrases phrases;

  SourcePhrases(TextIndex ix, NounPhrases phrases) {
    this.ix = ix;
    this.phrases = phrases;
  }

  /**
   * An unnamed source that starts at token {@code t} ("said a senior official", "said one of the
   * advisers", "added another New Hampshire Republican"), or null.
   */
  @Nullable Span describedFrom(int t) {
    int from = t;
    if (t + 2 < ix.size()
        && PARTITIVES.contains(ix.lower(t))
        && ix.lower(t + 1).equals("of")
        && (ix.tag(t + 2).equals("DT") || ix.tag(t + 2).equals("PRP$"))) {
      from = t + 2;
    }
    int head = -1;
    for (int k = from; k < ix.size() && k - from < 6; k++) {
      String tag = ix.tag(k);
      boolean starts = k == from && (tag.equals("DT") || tag.equals("CD") || tag.equals("PRP$"));
      if (!starts && !phrases.modifier(k) && ix.mentionAt(k) == null) {
        break;
      }
      boolean common = tag.startsWith("NN") && !tag.startsWith("NNP") || phrases.ageNoun(k);
      if ((common || phrases.indefinite(from) && tag.startsWith("NNP"))
          && ix.mentionAt(k) == null) {
        head = k;
      }
    }
    Span d = head < 0 ? null : phrases.description(head, from);
    return d != null && d.start() == ix.span(from).start()
        ? new Span(ix.span(t).start(), d.end())
        : null;
  }

  /**
   * The head of a phrase whose complement starts at token {@code first}: the person or the role
   * before "of", "at", "for" or "from" ("Director Li of the trade bureau said", "a spokesman for
   * the ministry said"), who speaks rather than the body named after it. Null when no person or
   * role stands there.
   */
  @Nullable Subject headBefore(int first, int lo) {
    int p = first - 1;
    if (p > lo && ix.tag(p).equals("DT")) {
      p--;
    }
    if (p <= lo || !HEAD_JOINS.contains(ix.lower(p))) {
      return null;
    }
    MentionRef person = ix.mentionAt(p - 1);
    if (person != null && person.isPerson()) {
      // "A spokesman for the mission" introduces someone new, whoever the actor stage linked the
      // words to: the source stays unnamed.
      int opener = ix.firstTokenEndingAfter(person.mention().span().start());
      boolean introduced =
          person.mention().kind() == MentionKind.DESCRIPTION && phrases.indefinite(opener);
      return new Subject(introduced ? null : person, person.mention().span(), null, false);
    }
    Span role = ROLES.contains(ix.lower(p - 1)) ? phrases.description(p - 1, lo) : null;
    return role == null ? null : new Subject(null, role, null, false);
  }

  private static final Set<String> HEAD_JOINS = Set.of("of", "at", "for", "from");

  /** Nouns for a person acting for a body: "a spokesman for the ministry" is the spokesman. */
  private static final Set<String> ROLES =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "officials",
          "aide",
          "aides",
          "adviser",
          "advisers",
          "advisor",
          "advisors",
          "member",
          "members",
          "head",
          "chief",
          "director",
          "leader",
          "leaders",
          "lawyer",
          "lawyers",
          "attorney",
          "chairman",
          "chairwoman",
          "representative",
          "executive",
          "staffer",
          "staffers",
          "analyst",
          "analysts",
          "economist",
          "professor",
          "researcher",
          "source",
          "sources");

  /** Words that take "of" and a group: "one of the advisers", "some of his aides". */
  private static final Set<String> PARTITIVES =
      Set.of("one", "two", "three", "some", "many", "several", "most", "none", "each", "all");
}
