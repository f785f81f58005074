package org.readout.ingest;

import java.util.Locale;

/** The input formats {@link ArticleReader} understands, and how it tells them apart. */
enum Format {
  TEXT,
  HTML,
  JSONL,
  /** An extension that names no format: sniff the content. */
  UNKNOWN;

  /** The format a file name's extension names; a name without an extension is text. */
  static Format byName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0) {
      return TEXT;
    }
    return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt", "text" -> TEXT;
      case "html", "htm", "xhtml" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      default -> UNKNOWN;
    };
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
}
