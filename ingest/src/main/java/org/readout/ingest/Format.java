package org.readout.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The input formats {@link ArticleReader} understands, and how it tells them apart: by the file
 * name's extension where it names a format, else by content ({@link #choose}).
 */
enum Format {
  TEXT,
  HTML,
  JSONL,
  /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one document per item. */
  FEED,
  /** A WARC file, plain or gzipped: one document per HTML response record. */
  WARC,
  /** An extension that names no format: sniff the content. */
  UNKNOWN;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many leading bytes content sniffing looks at. */
  static final int SNIFF_BYTES = 4096;

  /**
   * The format a file name's extension names; a name without an extension is text. {@code .xml} is
   * {@link #UNKNOWN}: a feed when its root element is one, else HTML. A trailing {@code .gz} is the
   * caller's to strip.
   */
  static Format byName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0) {
      return TEXT;
    }
    return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt", "text" -> TEXT;
      case "html", "htm", "xhtml" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      case "rss", "atom" -> FEED;
      case "warc" -> WARC;
      default -> UNKNOWN;
    };
  }

  /**
   * The format to read a file in: the named one, except that text whose first line is a JSON object
   * is JSON Lines, and an unknown name is decided by {@link #sniffContent}.
   */
  static Format choose(Format named, byte[] head, int length) {
    return switch (named) {
      case TEXT ->
          sniff(head, length) == JSONL && firstLineIsJsonObject(head, length) ? JSONL : TEXT;
      case UNKNOWN -> sniffContent(head, length);
      default -> named;
    };
  }

  /**
   * True when {@code chosen} was guessed from content against or without the name's word, which
   * deserves a warning: JSON Lines not named {@code .jsonl}/{@code .ndjson}, a feed not named
   * {@code .rss}/{@code .atom}/{@code .xml}.
   */
  static boolean guessed(String fileName, Format chosen) {
    Format named = byName(fileName);
    return (chosen == JSONL && named != JSONL)
        || (chosen == FEED && named != FEED && !fileName.toLowerCase(Locale.ROOT).endsWith(".xml"));
  }

  /**
   * True when the first non-blank line of {@code head} parses as a JSON object: stricter than the
   * first character, since a name that says text should need more than a <code>{</code> to be
   * overruled.
   */
  private static boolean firstLineIsJsonObject(byte[] head, int length) {
    String text =
        new String(head, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.UTF_8).strip();
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    try {
      return JSON.readTree(line) instanceof ObjectNode;
    } catch (JsonProcessingException e) {
      return false; // Not JSON (or a first line longer than the sniffed head): text, as named.
    }
  }

  /** WARC, a feed, JSON Lines, HTML or text, from the leading bytes. */
  static Format sniffContent(byte[] bytes, int length) {
    String head = ascii(bytes, length);
    if (head.startsWith("WARC/")) {
      return WARC;
    }
    if (isFeed(head)) {
      return FEED;
    }
    return sniff(bytes, length);
  }

  /** JSON Lines if the first non-blank character is '{', HTML if it is '<', else text. */
  static Format sniff(byte[] bytes, int length) {
    for (int i = TextDecoder.bomLength(bytes, 0, length); i < length; i++) {
      byte b = bytes[i];
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f') {
        continue;
      }
      return b == '{' ? JSONL : b == '<' ? HTML : TEXT;
    }
    return TEXT;
  }

  /**
   * True when the root element, after an XML declaration, comments and a doctype, is {@code rss},
   * {@code feed} or {@code rdf:RDF}.
   */
  static boolean isFeed(byte[] bytes, int length) {
    return isFeed(ascii(bytes, length));
  }

  private static boolean isFeed(String head) {
    int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // A UTF-8 byte-order mark, as Latin-1.
    while (i < head.length()) {
      char c = head.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (head.startsWith("<?", i)) {
        i = after(head, i, "?>");
      } else if (head.startsWith("<!--", i)) {
        i = after(head, i, "-->");
      } else if (head.startsWith("<!", i)) {
        i = after(head, i, ">");
      } else {
        return head.startsWith("<rss", i)
            || head.startsWith("<feed", i)
            || head.startsWith("<rdf:RDF", i)
            || head.startsWith("<RDF", i);
      }
    }
    return false;
  }

  private static int after(String s, int from, String end) {
    int at = s.indexOf(end, from);
    return at < 0 ? s.length() : at + end.length();
  }

  private static String ascii(byte[] bytes, int length) {
    return new String(bytes, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
  }
}
