package org.readout.server.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.store.ArticleStore;
import org.readout.store.Correction;
import org.readout.store.CorrectionQuery;
import org.readout.store.DictionaryRule;

/**
 * The corrections readers proposed, newest last, with accept and reject buttons on the pending ones
 * ({@code corrections.js} posts them to {@code POST /api/corrections/{id}/review}); and the short
 * list of one document's corrections that its article view shows.
 */
final class CorrectionsPage {
  static final int PAGE_ROWS = 200;

  private final ArticleStore store;

  CorrectionsPage(ArticleStore store) {
    this.store = store;
  }

  String render(Params p, boolean writable) {
    String status = p.value("status");
    String document = p.text("document");
    StringBuilder options = new StringBuilder("<option value=\"\">any</option>");
    for (Correction.Status s : Correction.Status.values()) {
      options
          .append("<option value=\"")
          .append(s.label())
          .append(s.label().equals(status) ? "\" selected>" : "\">")
          .append(s.label())
          .append("</option>");
    }
    String form =
        Forms.search(
            "/corrections",
            "<label class=\"field\"><span>Status</span><select name=\"status\">"
                + options
                + "</select></label>"
                + Forms.field("Document", "document", p.value("document"), "text", "document id"));
    Correction.Status filter = Correction.parse(Correction.Status.class, status);
    if (!status.isEmpty() && filter == null) {
      throw new PageException(
          400, "<h1>Corrections</h1>\n" + Forms.error("status: not a status: " + status) + form);
    }
    List<Correction> rows = new ArrayList<>();
    store.scanCorrections(new CorrectionQuery(filter, document, 0, PAGE_ROWS), rows::add);
    StringBuilder b = new StringBuilder("<h1>Corrections</h1>\n").append(form);
    b.append(BrowsePages.countLine(rows.size(), "correction"));
    if (!writable) {
      b.append("<p class=\"muted\">This server is read-only (started without a token):")
          .append(" corrections cannot be reviewed here.</p>\n");
    }
    b.append("<ol class=\"results corrections\">\n");
    for (Correction c : rows) {
      b.append(row(c, writable));
    }
    b.append("</ol>\n");
    return rules(b, filter, writable).toString();
  }

  /**
   * The dictionary rules that accepted speaker corrections offered, of the same status, each
   * pending one with a review form ({@code corrections.js} posts it to {@code POST
   * /api/rules/{id}/review}, with the country, role, code and term dates the reviewer fills in or
   * corrects).
   */
  private StringBuilder rules(
      StringBuilder b, Correction.@Nullable Status filter, boolean writable) {
    List<DictionaryRule> rules = new ArrayList<>();
    store.scanRules(filter, PAGE_ROWS, rules::add);
    b.append("<h2 id=\"rules\">Dictionary rules</h2>\n<p class=\"muted\">People readers named as")
        .append(" speakers whom the actor dictionary does not know. Review a rule here or with")
        .append(" <code>POST /api/rules/ID/review</code>; <code>readout corrections overlay</code>")
        .append(" writes the accepted ones for <code>--actors FILE</code>.</p>\n")
        .append(BrowsePages.countLine(rules.size(), "rule"))
        .append("<ol class=\"results rules\">\n");
    for (DictionaryRule r : rules) {
      b.append("<li class=\"rule-row\" id=\"rule-")
          .append(r.id())
          .append("\"><div><strong>#")
          .append(r.id())
          .append("</strong> <span class=\"badge ")
          .append(r.status().label())
          .append("\">")
          .append(r.status().label())
          .append("</span> ")
          .append(Html.esc(r.name()))
          .append(" <code>")
          .append(Html.esc(r.personId()))
          .append("</code> · from correction #")
          .append(r.correctionId())
          .append(" of <a href=\"/documents/")
          .append(Html.esc(Forms.pathSegment(r.documentId())))
          .append("\">")
          .append(Html.esc(r.documentId()))
          .append("</a></div><div class=\"sub\">country ")
          .append(Html.esc(orQuestion(r.country())))
          .append(" · role ")
          .append(Html.esc(orQuestion(r.role())))
          .append(" · code ")
          .append(Html.esc(orQuestion(r.code())))
          .append(" · from ")
          .append(Html.esc(r.start() == null ? "?" : r.start().toString()))
          .append(r.end() == null ? "" : " to " + r.end())
          .append(r.reviewedBy() == null ? "" : " · reviewed by " + Html.esc(r.reviewedBy()))
          .append("</div>");
      if (writable && r.status() == Correction.Status.PENDING) {
        b.append(ruleForm(r));
      }
      b.append("</li>\n");
    }
    return b.append("</ol>\n");
  }

  /**
   * A pending rule's review form: the people.tsv fields a reviewer settles (prefilled with what the
   * rule has), then accept or reject with the token, as a correction's review.
   */
  private static String ruleForm(DictionaryRule r) {
    String endpoint = "/api/rules/" + r.id() + "/review";
    StringBuilder b = new StringBuilder("<form class=\"review rule-review\" method=\"post\"");
    b.append(" action=\"")
        .append(endpoint)
        .append("\" data-endpoint=\"")
        .append(endpoint)
        .append("\" data-id=\"")
        .append(r.id())
        .append("\">");
    ruleField(b, "Country (ISO 3)", "country", r.country(), "NGA");
    ruleField(b, "Role", "role", r.role(), "ambassador");
    ruleField(b, "CAMEO code", "code", r.code(), "NGAGOV");
    ruleField(b, "From", "start", r.start() == null ? null : r.start().toString(), "YYYY-MM-DD");
    ruleField(b, "To", "end", r.end() == null ? null : r.end().toString(), "YYYY-MM-DD");
    return b.append("<label>Reviewer <input name=\"reviewer\" autocomplete=\"nickname\"></label>")
        .append("<label>Token <input type=\"password\" name=\"token\" autocomplete=\"off\"")
        .append(" required></label>")
        .append("<button type=\"submit\" name=\"decision\" value=\"accept\">Accept</button>")
        .append("<button type=\"submit\" name=\"decision\" value=\"reject\" class=\"reject\">")
        .append("Reject</button><p class=\"status\" role=\"status\"></p></form>")
        .toString();
  }

  private static void ruleField(
      StringBuilder b, String label, String name, @Nullable String value, String example) {
    b.append("<label>")
        .append(label)
        .append(" <input name=\"")
        .append(name)
        .append("\" data-field value=\"")
        .append(Html.esc(value))
        .append("\" placeholder=\"")
        .append(example)
        .append("\" size=\"10\" autocomplete=\"off\"></label>");
  }

  private static String orQuestion(@Nullable String s) {
    return s == null ? "?" : s;
  }

  /** One correction as a list entry, with review buttons when it is pending. */
  static String row(Correction c, boolean writable) {
    StringBuilder b = new StringBuilder("<li class=\"correction-row\" id=\"correction-");
    b.append(c.id())
        .append("\" data-status=\"")
        .append(c.status().label())
        .append("\"><div><strong>#")
        .append(c.id())
        .append("</strong> <span class=\"badge ")
        .append(c.status().label())
        .append("\">")
        .append(c.status().label())
        .append("</span> ")
        .append(Html.esc(c.layer().label()))
        .append(" · ")
        .append(Html.esc(c.field().label()))
        .append(" · <a href=\"/documents/")
        .append(Html.esc(Forms.pathSegment(c.documentId())))
        .append("\">")
        .append(Html.esc(c.documentId()))
        .append("</a> [")
        .append(c.span().start())
        .append(", ")
        .append(c.span().end())
        .append(") “")
        .append(Html.esc(Html.clip(c.spanText(), 80)))
        .append("”</div><div class=\"sub\">");
    if (c.original() != null || c.proposed() != null) {
      b.append(Html.esc(c.original() == null ? "—" : c.original()))
          .append(" → <strong>")
          .append(Html.esc(c.proposed() == null ? "—" : c.proposed()))
          .append("</strong> · ");
    }
    if (c.comment() != null) {
      b.append("“").append(Html.esc(Html.clip(c.comment(), 200))).append("” · ");
    }
    b.append("by ")
        .append(Html.esc(c.author()))
        .append(", ")
        .append(
            c.createdAt()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString()
                .replace('T', ' ')
                .replace("Z", " UTC"));
    if (c.reviewedAt() != null) {
      b.append(" · ")
          .append(c.status().label())
          .append(" by ")
          .append(Html.esc(c.reviewedBy()))
          .append(
              c.status() == Correction.Status.ACCEPTED && !c.applied()
                  ? " (its item is gone)"
                  : "");
    }
    b.append("</div>");
    if (writable && c.status() == Correction.Status.PENDING) {
      b.append("<form class=\"review\" method=\"post\" action=\"/api/corrections/")
          .append(c.id())
          .append("/review\" data-id=\"")
          .append(c.id())
          .append("\"><label>Reviewer <input name=\"reviewer\" autocomplete=\"nickname\"></label>")
          .append("<label>Token <input type=\"password\" name=\"token\" autocomplete=\"off\"")
          .append(" required></label>")
          .append("<button type=\"submit\" name=\"decision\" value=\"accept\">Accept</button>")
          .append("<button type=\"submit\" name=\"decision\" value=\"reject\" class=\"reject\">")
          .append("Reject</button><p class=\"status\" role=\"status\"></p></form>");
    }
    return b.append("</li>\n").toString();
  }

  /** The corrections of one document, for its article view ("" when there are none). */
  String ofDocument(String documentId, boolean writable) {
    List<Correction> rows = new ArrayList<>();
    store.scanCorrections(new CorrectionQuery(null, documentId, 0, PAGE_ROWS), rows::add);
    if (rows.isEmpty()) {
      return "";
    }
    long pending = rows.stream().filter(c -> c.status() == Correction.Status.PENDING).count();
    StringBuilder b =
        new StringBuilder("<section class=\"list list-corrections\" id=\"list-corrections\">");
    b.append("<h2>Corrections <span class=\"count\">")
        .append(rows.size())
        .append("</span></h2><p class=\"muted\">")
        .append(pending)
        .append(" pending · <a href=\"/corrections?document=")
        .append(Html.esc(Html.query(documentId)))
        .append("\">review</a></p><ol>");
    for (Correction c : rows) {
      b.append("<li class=\"item\"><span class=\"badge ")
          .append(c.status().label())
          .append("\">")
          .append(c.status().label())
          .append("</span> #")
          .append(c.id())
          .append(' ')
          .append(Html.esc(c.layer().label() + " " + c.field().label()))
          .append(" “")
          .append(Html.esc(Html.clip(c.spanText(), 60)))
          .append("”")
          .append(c.proposed() == null ? "" : " → " + Html.esc(Html.clip(c.proposed(), 60)))
          .append("</li>");
    }
    return b.append("</ol></section>\n").toString();
  }
}
