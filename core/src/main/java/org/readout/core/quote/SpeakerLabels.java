package org.readout.core.quote;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.SpeakerFinder.Subject;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Speaker labels of a transcript printed inside quote marks ({@code "WALLACE: If I may, sir ..."}):
 * one to three words in capitals and a colon open the passage, and name who speaks it. A
 * transcript's turns run on over paragraphs that each reopen the quote, so {@link QuoteMarkScanner}
 * ends a continued passage where the next paragraph opens with a label, and the quote's content
 * starts after it.
 *
 * <p>Design decision: a label names the person of the article whose name holds the label's last
 * word ("PENCE" is Mike Pence); a label that names nobody known stays the quote's speaker words
 * with no actor, rather than a guess. Headings in capitals ("UPDATE:", "EDITOR'S NOTE:") are not
 * labels.
 */
final class SpeakerLabels {
  /** Capitalized headings that open a passage without naming a speaker. */
  private static final Set<String> HEADINGS =
      Set.of(
          "UPDATE",
          "NOTE",
          "EDITOR'S NOTE",
          "EDITOR’S NOTE",
          "BREAKING",
          "WATCH",
          "READ",
          "RELATED",
          "VIDEO",
          "PHOTOS",
          "CORRECTION",
          "CLARIFICATION",
          "SOURCE",
          "WARNING",
          "ALERT",
          "BREAKING NEWS",
          "URGENT",
          "PS",
          "P.S.");

  private static final int MAX_WORDS = 3;
  private static final int MAX_LENGTH = 40;

  /** Above any text offset, for ranking mentions by place. */
  private static final int MAX_TEXT = 1 << 28;

  private SpeakerLabels() {}

  /**
   * The span of the label's words when a label opens the text at {@code from} (spaces skipped), or
   * null: one to three words of capital letters (with {@code . ' ’ -}), three letters or more in
   * all, then a colon and a space.
   */
  static @Nullable Span at(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    int words = 1;
    int letters = 0;
    for (; i < text.length() && i - start <= MAX_LENGTH; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return null;
        }
        letters++;
      } else if (c == ' ') {
        words++;
        if (words > MAX_WORDS || text.charAt(i - 1) == ' ') {
          return null;
        }
      } else if (c == ':') {
        boolean spaced = i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
        String label = text.substring(start, i).trim();
        return spaced && letters >= 3 && !HEADINGS.contains(label) ? new Span(start, i) : null;
      } else if (".'’-".indexOf(c) < 0) {
        return null;
      }
    }
    return null;
  }

  /**
   * The speaker of a labelled passage: the person of the article whose name's last word is the
   * label's last word ("PENCE" for Mike Pence), a full name before a bare one (the entity
   * recognizer may make an actor of the label itself), the mention nearest before the label before
   * one after it; else the label's words alone.
   */
  static Subject speaker(TextIndex ix, Span label) {
    String words = label.of(ix.text).toLowerCase(Locale.ROOT);
    String last = words.substring(words.lastIndexOf(' ') + 1).replaceAll("[^\\p{L}'’-]", "");
    MentionRef found = null;
    for (MentionRef r : ix.refs) {
      String name = r.actor().name().toLowerCase(Locale.ROOT);
      if (!r.isPerson() || !(name.equals(last) || name.endsWith(" " + last))) {
        continue;
      }
      if (found == null || rank(r, label) > rank(found, label)) {
        found = r;
      }
    }
    return new Subject(found, label, null, false);
  }

  /** Full names first, then mentions before the label (the later the better), then after it. */
  private static int rank(MentionRef r, Span label) {
    boolean full = r.actor().name().contains(" ");
    int start = r.mention().span().start();
    int place = start < label.start() ? 2 * MAX_TEXT + start : MAX_TEXT - Math.min(start, MAX_TEXT);
    return (full ? 4 * MAX_TEXT : 0) + place;
  }
}
