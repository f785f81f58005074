package org.readout.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.core.quote.ChannelFinder.Channel;
import org.readout.core.quote.QuoteExtractor.Draft;
import org.readout.core.quote.SpeakerFinder.Cue;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Turns drafts into quotes in document order, keeping the conversational state the rules need: who
 * spoke last, for a pronoun the actor stage left unresolved and for a quote with no cue, which
 * continues the last speaker's turn.
 *
 * <p>Turn taking: in a two-person exchange a quote with no cue in the next paragraph goes to the
 * other speaker (A asks; B replies; the next uncued paragraph is A's), at confidence 0.35. An
 * exchange is two quotes by different speakers in consecutive paragraphs that read as dialogue: one
 * of them is a question, or the later one's cue is a reply verb ("replied", "responded",
 * "answered", "retorted", "countered", "asked"). Without those signs an uncued quote continues the
 * last speaker, as wire copy does when a speaker runs on over several paragraphs.
 */
final class Attributor {
  /** How far back, in paragraphs, the last speaker still holds the floor. */
  private static final int TURN_PARAGRAPHS = 2;

  private static final int PRONOUN_PARAGRAPHS = 3;
  private static final int LOOKBACK = 50;

  private static final java.util.Set<String> REPLY =
      java.util.Set.of(
          "replied",
          "replies",
          "reply",
          "responded",
          "responds",
          "answered",
          "answers",
          "retorted",
          "retorts",
          "countered",
          "counters",
          "asked",
          "asks");

  /**
   * One attributed statement: who, in which paragraph, and whether it reads as a turn of a
   * dialogue.
   */
  private record Turn(Actor speaker, int paragraph, boolean question, boolean reply) {}

  private final TextIndex ix;
  private final List<Paragraph> paragraphs;
  private final List<Channel> channels;
  private final SpeechLexicon lexicon;
  private final StatementDates dates;
  private final DescriptionLinks links;
  private final List<Turn> turns = new ArrayList<>();
  private @Nullable Span lastUnnamed;
  private int lastUnnamedParagraph = -1;
  private int lastUnnamedTurn = -1;
  private int lastUnknownParagraph = -1;
  private int lastUnknownTurn = -1;

  Attributor(
      TextIndex ix,
      List<Paragraph> paragraphs,
      List<Channel> channels,
      SpeechLexicon lexicon,
      StatementDates dates) {
    this.ix = ix;
    this.paragraphs = paragraphs;
    this.channels = channels;
    this.lexicon = lexicon;
    this.dates = dates;
    this.links = new DescriptionLinks(ix, paragraphs);
  }

  Quote attribute(Draft d) {
    int paragraph = paragraphIndex(d.span().start());
    Cue cue = d.cue();
    Actor speaker = null;
    Span mention = null;
    double confidence = 0;
    Subject s = cue != null ? cue.subject() : d.fallback();
    if (s != null && s.ref() != null) {
      MentionRef r = s.ref();
      if (!(r.isOutlet() && cue != null && reportsOnly(cue))) {
        // A person the actor stage knows only by a description ("the Florida senator") may be
        // one it named earlier without linking the two.
        MentionRef linked = unnamed(r.actor()) ? links.link(s.mention()) : null;
        if (linked == null) {
          // "Minister Park" after "Park Jun-ho": the person named in full, surname first.
          linked = TitledNames.fullNameBefore(ix, r);
        }
        r = linked != null ? linked : r;
        speaker = r.actor();
        mention = s.mention();
        confidence =
            cue == null ? 0.5 : (cue.adjacent() || d.kind() == QuoteKind.INDIRECT ? 0.9 : 0.75);
        confidence -= r.mention().kind() == MentionKind.PRONOUN ? 0.05 : 0;
        confidence -= s.coordinated() ? 0.1 : 0;
      }
    } else if (s != null && s.gender() != null) {
      speaker = previousSpeaker(s.gender(), paragraph);
      confidence = 0.5;
      if (speaker == null) {
        speaker = nearestPerson(s.gender(), s.mention().start(), paragraph);
        confidence = 0.45;
      }
      mention = speaker == null ? null : s.mention();
    } else if (s != null
        && Pronouns.isFirstPerson(s.mention().of(ix.text).toLowerCase(Locale.ROOT))) {
      // "I said", "we wrote" in the reporter's own words: the author, who is no actor; the words
      // tell the reader so, and a guess at a named person would not.
      mention = s.mention();
    } else if (s != null && !Pronouns.isSubject(s.mention().of(ix.text).toLowerCase(Locale.ROOT))) {
      // A source the text describes but does not name ("a senior official"): the words, and the
      // person named before only when the description points back to one ("the Florida senator").
      mention = s.mention();
      MentionRef linked = links.link(s.mention());
      if (linked == null && paragraph == 0) {
        linked = links.headline(s.mention());
      }
      if (linked != null) {
        speaker = linked.actor();
        confidence = 0.6;
      }
    } else if (cue == null && d.kind() == QuoteKind.DIRECT && unnamedHolds(paragraph)) {
      mention = lastUnnamed;
    } else if (cue == null && d.kind() == QuoteKind.DIRECT && unknownHolds(paragraph)) {
      // The quote before it in this paragraph had a cue but no speaker that could be told: it goes
      // on in that unknown speaker's words, not in an earlier speaker's turn.
      speaker = null;
    } else if (cue == null && d.kind() == QuoteKind.DIRECT && !turns.isEmpty()) {
      Turn last = turns.get(turns.size() - 1);
      Actor other = otherParty(paragraph);
      if (other != null) {
        speaker = other;
        confidence = 0.35;
      } else if (paragraph - last.paragraph() <= TURN_PARAGRAPHS) {
        speaker = last.speaker();
        confidence = 0.4;
      }
    }
    if (speaker == null) {
      confidence = 0;
      if (cue != null && mention == null && d.kind() == QuoteKind.DIRECT) {
        lastUnknownParagraph = paragraph;
        lastUnknownTurn = turns.size();
      }
      lastUnnamed = mention;
      lastUnnamedParagraph = mention == null ? -1 : paragraph;
      lastUnnamedTurn = turns.size();
    } else {
      String content = d.span().of(ix.text);
      boolean question = d.kind() != QuoteKind.INDIRECT && content.endsWith("?");
      boolean reply =
          cue != null && REPLY.contains(cue.span().of(ix.text).toLowerCase(java.util.Locale.ROOT));
      turns.add(new Turn(speaker, paragraph, question, reply));
    }
    return new Quote(
        d.span(),
        d.kind(),
        speaker == null ? null : speaker.id(),
        mention,
        ChannelFinder.at(channels, d.span().start()),
        cue == null ? null : cue.span(),
        confidence,
        dates.dateOf(cue == null ? d.span().start() : cue.span().start(), d.span()));
  }

  /**
   * Whether the last statement was an unnamed source's ("a senior official said") in this or the
   * previous paragraph, with no named speaker since: an uncued quote right after it goes on in that
   * source's words.
   */
  private boolean unnamedHolds(int paragraph) {
    return lastUnnamed != null
        && lastUnnamedTurn == turns.size()
        && paragraph - lastUnnamedParagraph <= 1;
  }

  /**
   * Whether the last cued direct quote, in this paragraph with no attributed statement since, had
   * no speaker that could be told.
   */
  private boolean unknownHolds(int paragraph) {
    return lastUnknownParagraph == paragraph && lastUnknownTurn == turns.size();
  }

  /**
   * The speaker whose turn it is in a two-person exchange, for an uncued quote opening {@code
   * paragraph}: the earlier of the last two speakers, when they differ, spoke in consecutive
   * paragraphs right before this one, and one of them asked a question or the later one replied.
   * Null when the last quotes are no such exchange.
   */
  private @Nullable Actor otherParty(int paragraph) {
    if (turns.size() < 2) {
      return null;
    }
    Turn last = turns.get(turns.size() - 1);
    Turn before = null;
    for (int i = turns.size() - 2; i >= 0 && turns.size() - i <= LOOKBACK && before == null; i--) {
      before = turns.get(i).paragraph() < last.paragraph() ? turns.get(i) : null;
      if (before == null && !turns.get(i).speaker().id().equals(last.speaker().id())) {
        return null;
      }
    }
    if (before == null) {
      return null;
    }
    boolean exchange =
        !before.speaker().id().equals(last.speaker().id())
            && last.paragraph() == before.paragraph() + 1
            && paragraph == last.paragraph() + 1
            && (before.question() || last.question() || last.reply());
    return exchange ? before.speaker() : null;
  }

  /** Whether {@code a} is a person with descriptions and no name among its mentions. */
  private static boolean unnamed(Actor a) {
    return a.kind() == ActorKind.PERSON
        && a.mentions().stream().noneMatch(m -> m.kind() == MentionKind.NAME);
  }

  /** "according to Xinhua", "TASS reported": the agency is the channel, not the speaker. */
  private boolean reportsOnly(Cue cue) {
    String w = cue.span().of(ix.text).toLowerCase(java.util.Locale.ROOT);
    SpeechLexicon.VerbInfo v = lexicon.verb(w);
    return w.startsWith("according") || (v != null && v.channel());
  }

  /** The latest speaker of a compatible gender who spoke within the last few paragraphs. */
  private @Nullable Actor previousSpeaker(String gender, int paragraph) {
    for (int i = turns.size() - 1; i >= 0 && turns.size() - i <= LOOKBACK; i--) {
      Turn t = turns.get(i);
      if (paragraph - t.paragraph() > PRONOUN_PARAGRAPHS) {
        return null;
      }
      if (compatible(t.speaker(), gender)) {
        return t.speaker();
      }
    }
    return null;
  }

  /**
   * The nearest person mentioned before {@code offset}, outside quotes, in this or the previous
   * paragraph.
   */
  private @Nullable Actor nearestPerson(String gender, int offset, int paragraph) {
    List<MentionRef> refs = ix.refs;
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).mention().span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && lo - i <= LOOKBACK; i--) {
      MentionRef r = refs.get(i);
      int start = r.mention().span().start();
      if (paragraph - paragraphIndex(start) > 1) {
        return null;
      }
      if (compatible(r.actor(), gender) && !ix.quoted(ix.firstTokenEndingAfter(start))) {
        return r.actor();
      }
    }
    return null;
  }

  private static boolean compatible(Actor a, String gender) {
    return a.kind() == ActorKind.PERSON && (a.gender() == null || a.gender().equals(gender));
  }

  private int paragraphIndex(int offset) {
    return Paragraph.indexAt(paragraphs, offset);
  }
}
