package org.readout.server.web;

import org.jspecify.annotations.Nullable;

/**
 * HTML escaping. Every string that did not come from this package's own literals goes through
 * {@link #esc}: article text, titles, names, query parameters.
 *
 * <p>Design decision: one escaper for text and attribute values (it escapes both quote marks), so a
 * caller cannot pick the wrong one; NUL and the other C0 controls that HTML forbids become U+FFFD,
 * as a browser would show them, so the page stays well-formed.
 */
final class Html {
  private Html() {}

  /** {@code s} escaped for use as element text or a quoted attribute value; "" for null. */
  static String esc(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    appendEscaped(out, s, 0, s.length());
    return out.toString();
  }

  /** Appends {@code s[start, end)} escaped to {@code out}. */
  static void appendEscaped(StringBuilder out, String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** {@code s} as a URL query component (UTF-8 percent-encoding), not yet HTML-escaped. */
  static String query(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The first {@code max} characters of {@code s} (not splitting a surrogate pair), with "…". */
  static String clip(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end).stripTrailing() + "…";
  }
}
