package org.readout.server.web;

import java.util.List;

/**
 * The frame every reader page shares: head, navigation, main content. Styles and scripts are files
 * under {@code /static/} (the Content-Security-Policy allows no inline script or style), and
 * scripts are deferred so the page reads before, or without, them.
 */
final class Page {
  /** The navigation entries: path and label. */
  private static final List<String[]> NAV =
      List.of(
          new String[] {"/documents", "Documents"},
          new String[] {"/quotes", "Quotes"},
          new String[] {"/events", "Events"},
          new String[] {"/stories", "Stories"},
          new String[] {"/timeline", "Timeline"},
          new String[] {"/actors", "Actors"},
          new String[] {"/corrections", "Corrections"});

  private Page() {}

  /**
   * A whole HTML page.
   *
   * @param title the page title, unescaped
   * @param active the navigation path to mark as current ({@code /quotes}), or ""
   * @param body the main content, already HTML
   * @param scripts extra script paths beyond {@code /static/reader.js}
   */
  static String render(String title, String active, String body, String... scripts) {
    StringBuilder out = new StringBuilder(body.length() + 2048);
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.esc(title))
        .append(" · Readout</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/static/reader.css\">\n");
    for (String s : scripts) {
      out.append("<script src=\"").append(Html.esc(s)).append("\" defer></script>\n");
    }
    out.append("<script src=\"/static/reader.js\" defer></script>\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
        .append("<header class=\"top\"><a class=\"brand\" href=\"/documents\">Readout</a>\n")
        .append("<nav aria-label=\"Sections\"><ul>");
    for (String[] n : NAV) {
      out.append("<li><a href=\"").append(n[0]).append('"');
      if (n[0].equals(active)) {
        out.append(" aria-current=\"page\"");
      }
      out.append('>').append(n[1]).append("</a></li>");
    }
    out.append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n")
        .append(body)
        .append("\n</main>\n<footer class=\"foot\">Readout · every fact links to its evidence;")
        .append(" mark what is wrong and propose the fix.</footer>\n</body>\n</html>\n");
    return out.toString();
  }
}
