package org.readout.core.quote;

import java.util.ArrayList;
import java.util.List;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Span;

/**
 * Finds passages between double quote marks in one left-to-right pass over the paragraphs: straight
 * and curly quotes, low-9 quotes, guillemets and corner brackets, and the doubled marks of older
 * typesetting ({@code ''We will,'' he said}, {@code ``...''}). Single quotes are left alone, so
 * nested quotes stay inside their passage and apostrophes never open one.
 *
 * <p>Design decision: a passage never runs past its paragraph unless the next paragraph opens with
 * a quote mark of the same family, which is how wire copy continues a quote over several
 * paragraphs. A mark left open at the end of a paragraph is closed there, so one stray mark cannot
 * swallow the rest of the article and the pass stays linear.
 *
 * <p>A paragraph with no double quote mark at all may use single quotes as its primary marks,
 * British style ({@code 'We will not back down,' she said.}). There an opening single quote stands
 * after a space, a bracket, a dash or the paragraph start and before a letter or digit; a closing
 * one stands after a letter, digit or punctuation and before a space, punctuation or the paragraph
 * end. An apostrophe between two letters (don't, Xi's) is neither. A closing mark right after
 * punctuation (",'" or ".'") is preferred to one after a letter, which may be a plural possessive
 * (the leaders' plan), unless another single quote opens between the two; an opening mark with no
 * closing mark in its paragraph opens nothing. Single-quoted passages never span paragraphs.
 */
final class QuoteMarkScanner {
  /**
   * One quoted passage.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or the end of the paragraph where an unclosed passage
   *     stops
   * @param content the text between the marks, trimmed of surrounding whitespace
   * @param closed whether a closing mark was found
   * @param paragraphs how many paragraphs the passage spans
   */
  record Passage(int open, int close, Span content, boolean closed, int paragraphs) {}

  private QuoteMarkScanner() {}

  static List<Passage> scan(String text, List<Paragraph> paragraphs) {
    List<Passage> out = new ArrayList<>();
    int open = -1;
    char opener = 0;
    int spanned = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p).span();
      int i = para.start();
      if (open >= 0) {
        // A continued passage: skip the reopening mark of the new paragraph.
        i += doubled(text, i) ? 2 : 1;
        spanned++;
      }
      for (; i < para.end(); i++) {
        char c = text.charAt(i);
        if (open < 0) {
          if (opens(text, i, para)) {
            open = i;
            opener = c;
            spanned = 1;
            i += doubled(text, i) ? 1 : 0;
          }
        } else if (opener == '\'' || opener == '`'
            ? c == '\'' && doubled(text, i) && i > open + 2
            : closes(opener, c)) {
          add(out, text, open, i, true, spanned);
          open = -1;
          i += doubled(text, i) ? 1 : 0;
        }
      }
      if (open < 0 && !hasDoubleMark(text, para)) {
        scanSingle(out, text, para);
        continue;
      }
      if (open >= 0) {
        int next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1).span().start() : -1;
        // A transcript's next turn ("WALLACE: ...") is a new passage, not the same speaker's.
        boolean continues =
            next >= 0
                && sameFamily(opener, text, next)
                && SpeakerLabels.at(text, next + (doubled(text, next) ? 2 : 1)) == null;
        if (!continues) {
          add(out, text, open, para.end(), false, spanned);
          open = -1;
        }
      }
    }
    return out;
  }

  /**
   * Whether a doubled mark starts at {@code i}: two apostrophes ({@code ''}, the New York Times
   * archive's double quote) or two backticks ({@code ``}, an opening one in PTB-style text).
   */
  private static boolean doubled(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c;
  }

  private static boolean hasDoubleMark(String text, Span para) {
    for (int i = para.start(); i < para.end(); i++) {
      if (isMark(text.charAt(i)) || doubled(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Single-quoted passages of one paragraph. A backward pass records, for every offset, the next
   * strong closing mark (after punctuation) and the next weak one (after a letter), so each opening
   * mark finds its close in constant time and the paragraph is read twice, whatever its marks.
   */
  private static void scanSingle(List<Passage> out, String text, Span para) {
    int n = para.length();
    int[] strong = new int[n + 1];
    int[] weak = new int[n + 1];
    int[] opening = new int[n + 1];
    strong[n] = -1;
    weak[n] = -1;
    opening[n] = Integer.MAX_VALUE;
    for (int k = n - 1; k >= 0; k--) {
      int i = para.start() + k;
      strong[k] = strong[k + 1];
      weak[k] = weak[k + 1];
      opening[k] = singleOpens(text, i, para) ? i : opening[k + 1];
      int close = singleClose(text, i, para);
      if (close == 2) {
        strong[k] = i;
      } else if (close == 1) {
        weak[k] = i;
      }
    }
    for (int i = para.start(); i < para.end(); i++) {
      if (!singleOpens(text, i, para)) {
        continue;
      }
      int k = i + 1 - para.start();
      int w = weak[k];
      // A close after a letter wins when no strong close follows, or when another quote opens
      // before that one.
      boolean weakWins =
          w >= 0 && (strong[k] < 0 || (w < strong[k] && opening[w + 1 - para.start()] < strong[k]));
      int close = weakWins ? w : strong[k];
      if (close > i + 1) {
        add(out, text, i, close, true, 1);
        i = close;
      }
    }
  }

  private static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  private static boolean singleOpens(String text, int i, Span para) {
    char c = text.charAt(i);
    if (c != '\'' && c != '\u2018') {
      return false;
    }
    char before = i > para.start() ? text.charAt(i - 1) : ' ';
    char after = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
    boolean openBefore = Character.isWhitespace(before) || "([{\u2014\u2013-:".indexOf(before) >= 0;
    return openBefore && Character.isLetterOrDigit(after);
  }

  /**
   * 2 for a closing single quote after punctuation, 1 for one after a letter or digit, 0 for none.
   */
  private static int singleClose(String text, int i, Span para) {
    char c = text.charAt(i);
    if (c != '\'' && c != '\u2019') {
      return 0;
    }
    if (i == para.start()) {
      return 0;
    }
    char before = text.charAt(i - 1);
    char after = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
    if (Character.isWhitespace(before) || isSingle(before)) {
      return 0;
    }
    boolean closeAfter =
        Character.isWhitespace(after) || ",.;:!?)]}\u2014\u2013-".indexOf(after) >= 0;
    if (!closeAfter) {
      return 0;
    }
    return Character.isLetterOrDigit(before) ? 1 : 2;
  }

  private static void add(
      List<Passage> out, String text, int open, int close, boolean closed, int spanned) {
    int s = open + (doubled(text, open) ? 2 : 1);
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Passage(open, close, new Span(s, e), closed, spanned));
    }
  }

  private static boolean opens(String text, int i, Span para) {
    char c = text.charAt(i);
    return switch (c) {
      case '\u201C', '\u201E', '\u00AB', '\u300C', '\u300E', '\uFF02' -> true;
      case '`' -> doubled(text, i);
      case '\'' -> {
        // '' opens before a word, at the paragraph start or after a space, bracket or dash.
        char before = i > para.start() ? text.charAt(i - 1) : ' ';
        boolean openBefore =
            Character.isWhitespace(before) || "([{\u2014\u2013-".indexOf(before) >= 0;
        yield doubled(text, i)
            && openBefore
            && i + 2 < para.end()
            && !Character.isWhitespace(text.charAt(i + 2));
      }
      case '"' -> {
        // Not after a letter or digit (an inch mark, 12"), and not before a space or the paragraph
        // end.
        boolean afterWord = i > para.start() && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean beforeSpace = i + 1 >= para.end() || Character.isWhitespace(text.charAt(i + 1));
        yield !afterWord && !beforeSpace;
      }
      default -> false;
    };
  }

  private static boolean closes(char opener, char c) {
    return switch (opener) {
      case '\u201C', '"', '\uFF02' -> c == '\u201D' || c == '"' || c == '\uFF02';
      case '\u201E' -> c == '\u201C' || c == '\u201D' || c == '"';
      case '\u00AB' -> c == '\u00BB';
      case '\u300C' -> c == '\u300D';
      case '\u300E' -> c == '\u300F';
      default -> false;
    };
  }

  private static boolean sameFamily(char opener, String text, int at) {
    char next = text.charAt(at);
    return switch (opener) {
      case '\'', '`' -> doubled(text, at);
      case '\u201C', '"', '\uFF02', '\u201E' ->
          next == '\u201C' || next == '"' || next == '\u201E' || next == '\uFF02';
      default -> next == opener;
    };
  }

  /** Whether {@code c} is any double quote mark this scanner knows, opening or closing. */
  static boolean isMark(char c) {
    return "\"\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D\u300E\u300F\uFF02".indexOf(c) >= 0;
  }
}
