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
    return rules(b, filter).toString();
  }

  /**
   * The dictionary rules that accepted speaker corrections offered, of the same status: read here,
   * reviewed through {@code POST /api/rules/{id}/review} (with role, country, code and term dates).
   */
  private StringBuilder rules(StringBuilder b, Correction.@Nullable Status filter) {
    List<DictionaryRule> rules = new ArrayList<>();
    store.scanRules(filter, PAGE_ROWS, rules::add);
    b.append("<h2 id=\"rules\">Dictionary rules</h2>\n<p class=\"muted\">People readers named as")
        .append(" speakers whom the actor dictionary does not know. Review a rule with")
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
          .append("</div></li>\n");
    }
    return b.append("</ol>\n");
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
