package org.readout.server.web;

/** Small pieces of HTML for the search forms, every value escaped. */
final class Forms {
  private Forms() {}

  /** A labelled input; {@code type} is {@code text}, {@code date} or {@code search}. */
  static String field(String label, String name, String value, String type, String hint) {
    return "<label class=\"field\"><span>"
        + Html.esc(label)
        + "</span><input type=\""
        + type
        + "\" name=\""
        + name
        + "\" value=\""
        + Html.esc(value)
        + "\""
        + (hint.isEmpty() ? "" : " placeholder=\"" + Html.esc(hint) + "\"")
        + "></label>";
  }

  /** A GET form to {@code action} around {@code fields}, with a submit button. */
  static String search(String action, String fields) {
    return "<form class=\"search\" method=\"get\" action=\""
        + action
        + "\">"
        + fields
        + "<button type=\"submit\">Search</button></form>\n";
  }

  /** The error line a page shows above its form when a parameter is bad. */
  static String error(String message) {
    return "<p class=\"error\" role=\"alert\">" + Html.esc(message) + "</p>\n";
  }

  /** A link to the evidence of a stored item in its article view. */
  static String evidenceHref(String documentId, String anchor) {
    return "/documents/" + Html.esc(pathSegment(documentId)) + "#" + Html.esc(anchor);
  }

  /** A link to an actor's page. */
  static String actorHref(String actorId) {
    return "/actor?id=" + Html.esc(Html.query(actorId));
  }

  /**
   * {@code id} percent-encoded for a path, its slashes kept: a document id may hold any character,
   * and the server refuses an encoded slash ({@code %2F}) as ambiguous, so {@code world/a b}
   * becomes {@code world/a%20b} and the route's {@code <id>} takes the rest of the path.
   */
  static String pathSegment(String id) {
    return Html.query(id).replace("+", "%20").replace("%2F", "/");
  }
}
