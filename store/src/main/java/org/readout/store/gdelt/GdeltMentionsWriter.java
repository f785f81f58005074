package org.readout.store.gdelt;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * Writes an article's events as rows of the GDELT 2.0 Mentions table: one row per event mention
 * (GDELT records an event once per article that mentions it; Readout's {@link Event} is already one
 * per article, its {@code mentions} count folded in), the 16 GDELT columns in GDELT's order, then
 * the evidence offsets and document id as in {@link GdeltWriter}. {@code GlobalEventID} is the id
 * {@link GdeltWriter} gives the same event, so the two files join. Immutable and thread-safe; the
 * mapping is in {@code docs/gdelt.md}.
 *
 * <p>Design decision: GDELT's character offsets locate the actors and the action in the article;
 * ours are UTF-16 offsets of {@link AnnotatedArticle#text()}, read from the stored actor mentions
 * and the evidence span, so the store's copy of a document gives the same row as {@code extract}
 * (tokens are not stored, so the action offset is found in the text, not from part-of-speech tags).
 */
public final class GdeltMentionsWriter {
  /** The 16 GDELT 2.0 Mentions columns, then ours. */
  public static final List<String> COLUMNS =
      List.of(
          "GlobalEventID",
          "EventTimeDate",
          "MentionTimeDate",
          "MentionType",
          "MentionSourceName",
          "MentionIdentifier",
          "SentenceID",
          "Actor1CharOffset",
          "Actor2CharOffset",
          "ActionCharOffset",
          "InRawText",
          "Confidence",
          "MentionDocLen",
          "MentionDocTone",
          "MentionDocTranslationInfo",
          "Extras",
          "EvidenceStart",
          "EvidenceEnd",
          "DocumentId");

  /** Number of GDELT's own columns; ours follow. */
  public static final int GDELT_COLUMNS = 16;

  /** GDELT's MentionType for a document with a web address. */
  static final String WEB = "1";

  /** GDELT's MentionType for a document known only by a citation (here: its id). */
  static final String CITATION_ONLY = "2";

  /**
   * Words of an evidence span that are not its action: articles, auxiliaries, conjunctions and
   * prepositions that stand between the actors and the cue ("China and Russia have held talks").
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with",
          "between", "has", "have", "had", "is", "are", "was", "were", "be", "been", "will",
          "would", "shall", "should", "can", "could", "may", "might", "must", "did", "do", "does",
          "s", "its", "their", "his", "her", "also", "that", "who", "which", "then", "later",
          "again", "both", "two", "said", "says", "say");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private final @Nullable Instant dateAdded;

  /**
   * @param dateAdded the EventTimeDate and MentionTimeDate of every row (UTC), as {@link
   *     GdeltWriter}'s DATEADDED, or null for none
   */
  public GdeltMentionsWriter(@Nullable Instant dateAdded) {
    this.dateAdded = dateAdded;
  }

  /** The header line: the {@link #COLUMNS} names, tab-separated. */
  public static String header() {
    return String.join("\t", COLUMNS);
  }

  /** Writes one line per event of {@code doc}; nothing when it has none. */
  public void write(AnnotatedArticle doc, Appendable out) throws IOException {
    for (Event e : doc.events()) {
      out.append(String.join("\t", row(doc, e))).append('\n');
    }
  }

  /** The {@link #COLUMNS} values of one event mention, as strings (empty for unknown). */
  public List<String> row(AnnotatedArticle doc, Event e) {
    List<String> r = new ArrayList<>(COLUMNS.size());
    String time = dateAdded == null ? "" : TIME.format(dateAdded.atOffset(ZoneOffset.UTC));
    String url = doc.article().url();
    r.add(Long.toString(GdeltWriter.eventId(doc, e)));
    r.add(time);
    r.add(time);
    r.add(url != null ? WEB : CITATION_ONLY);
    r.add(clean(sourceName(doc)));
    r.add(clean(url != null ? url : doc.article().id()));
    r.add(Integer.toString(sentenceId(doc, e.span().start())));
    Mention source = actorMention(doc, e.source(), e.span());
    Mention target = e.target() == null ? null : actorMention(doc, e.target(), e.span());
    r.add(offset(source));
    r.add(offset(target));
    r.add(Integer.toString(actionOffset(doc, e)));
    r.add(inRawText(source) && (e.target() == null || inRawText(target)) ? "1" : "0");
    r.add(Long.toString(Math.round(e.confidence() * 100)));
    r.add(Integer.toString(doc.text().length()));
    r.add(""); // MentionDocTone: Readout scores no tone, and 0 would read as a measured one
    r.add(""); // MentionDocTranslationInfo: documents are read in English, untranslated
    r.add(""); // Extras
    r.add(Integer.toString(e.span().start()));
    r.add(Integer.toString(e.span().end()));
    r.add(clean(doc.article().id()));
    return r;
  }

  /** The outlet, else the URL's host, else empty. */
  private static String sourceName(AnnotatedArticle doc) {
    if (doc.article().outlet() != null) {
      return doc.article().outlet();
    }
    String url = doc.article().url();
    if (url != null) {
      try {
        String host = URI.create(url).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException notAUri) {
        // A malformed address names no outlet; the column stays empty.
      }
    }
    return "";
  }

  /** The 1-based number of the sentence holding {@code offset}, else of the one before it. */
  static int sentenceId(AnnotatedArticle doc, int offset) {
    int n = 0;
    for (var s : doc.sentences()) {
      if (s.span().start() > offset) {
        break;
      }
      n++;
    }
    return Math.max(n, 1);
  }

  /**
   * The mention of the actor (or of a group it belongs to, "the two leaders") that the evidence
   * rests on: the first inside the evidence span, else the last one before it (a subject told in an
   * earlier clause), else null.
   */
  static @Nullable Mention actorMention(AnnotatedArticle doc, String actorId, Span evidence) {
    Mention inside = null;
    Mention before = null;
    for (Actor a : doc.actors()) {
      if (!a.id().equals(actorId) && !a.members().contains(actorId)) {
        continue;
      }
      for (Mention m : a.mentions()) {
        if (m.span().start() >= evidence.start() && m.span().end() <= evidence.end()) {
          if (inside == null || m.span().start() < inside.span().start()) {
            inside = m;
          }
        } else if (m.span().end() <= evidence.start()
            && (before == null || m.span().start() > before.span().start())) {
          before = m;
        }
      }
    }
    return inside != null ? inside : before;
  }

  /**
   * The first word of the evidence that lies outside every actor mention and is no function word:
   * the cue ("held" in "China and Russia held talks", "talks" in "talks between ..."); the evidence
   * start when there is none.
   */
  static int actionOffset(AnnotatedArticle doc, Event e) {
    String text = doc.text();
    Span ev = e.span();
    List<Span> mentions = new ArrayList<>();
    for (Actor a : doc.actors()) {
      for (Mention m : a.mentions()) {
        if (m.span().end() > ev.start() && m.span().start() < ev.end()) {
          mentions.add(m.span());
        }
      }
    }
    int i = ev.start();
    while (i < ev.end()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < ev.end() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (!FUNCTION_WORDS.contains(word) && !inAny(mentions, start)) {
        return start;
      }
    }
    return ev.start();
  }

  private static boolean inAny(List<Span> spans, int offset) {
    for (Span s : spans) {
      if (s.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** GDELT writes -1 for an actor it cannot place in the text. */
  private static String offset(@Nullable Mention m) {
    return m == null ? "-1" : Integer.toString(m.span().start());
  }

  /**
   * Whether the actor is named in the text as it stands (a name, demonym or metonym) rather than
   * found through a pronoun, a description or a group phrase, which GDELT counts as processing.
   */
  private static boolean inRawText(@Nullable Mention m) {
    return m != null
        && (m.kind() == MentionKind.NAME
            || m.kind() == MentionKind.DEMONYM
            || m.kind() == MentionKind.METONYM);
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
