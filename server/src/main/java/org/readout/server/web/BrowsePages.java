package org.readout.server.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readout.core.event.CameoCodebook;
import org.readout.core.model.ActorKind;
import org.readout.store.ActorMatch;
import org.readout.store.ActorQuery;
import org.readout.store.ActorSummary;
import org.readout.store.ArticleStore;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.DocumentSummary;
import org.readout.store.EventQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.StoredEvent;
import org.readout.store.StoredQuote;

/**
 * Search and browse: documents by date, outlet and actor; quotes by speaker and full text; events
 * by actor, dyad, code and date; the most mentioned actors. Each page is a GET form over the
 * store's query records and a list whose entries link to their evidence.
 */
final class BrowsePages {
  /** Rows a list page shows; a larger store is narrowed with the filters. */
  static final int PAGE_ROWS = 200;

  private final ArticleStore store;
  private final CameoCodebook codebook;

  BrowsePages(ArticleStore store, CameoCodebook codebook) {
    this.store = store;
    this.codebook = codebook;
  }

  String documents(Params p) {
    StringBuilder b = new StringBuilder("<h1>Documents</h1>\n");
    String form =
        Forms.search(
            "/documents",
            Forms.field("From", "from", p.value("from"), "date", "")
                + Forms.field("To", "to", p.value("to"), "date", "")
                + Forms.field("Outlet", "outlet", p.value("outlet"), "text", "example.org")
                + Forms.field("Actor", "actor", p.value("actor"), "text", "name, id or code"));
    try {
      DateRange dates = p.dates("from", "to");
      ActorMatch actor = p.actor("actor");
      b.append(form);
      Set<String> ids = actor == null ? null : documentsOf(actor, dates);
      int limit = ids == null ? PAGE_ROWS : Integer.MAX_VALUE;
      List<DocumentSummary> rows = new ArrayList<>();
      store.scanDocuments(
          new DocumentQuery(dates, p.text("outlet"), limit),
          d -> {
            if ((ids == null || ids.contains(d.id())) && rows.size() < PAGE_ROWS) {
              rows.add(d);
            }
          });
      b.append(countLine(rows.size(), "document"));
      b.append("<ol class=\"results docs\">\n");
      for (DocumentSummary d : rows) {
        b.append("<li><a class=\"title\" href=\"/documents/")
            .append(Html.esc(Forms.pathSegment(d.id())))
            .append("\">")
            .append(Html.esc(d.title() == null || d.title().isBlank() ? d.id() : d.title()))
            .append("</a><div class=\"sub\">")
            .append(Html.esc(d.date() == null ? "undated" : d.date()))
            .append(
                d.outlet() == null
                    ? ""
                    : " · <a href=\"/documents?outlet="
                        + Html.esc(Html.query(d.outlet()))
                        + "\">"
                        + Html.esc(d.outlet())
                        + "</a>")
            .append(" · ")
            .append(counts(d))
            .append("</div></li>\n");
      }
      b.append("</ol>\n");
    } catch (Params.BadParam | IllegalArgumentException e) {
      return failed(b, form, e);
    }
    return b.toString();
  }

  /** Documents in which {@code actor} takes part in an event or speaks. */
  private Set<String> documentsOf(ActorMatch actor, DateRange dates) {
    Set<String> ids = new LinkedHashSet<>();
    store.scanEvents(
        new EventQuery(actor, null, null, null, null, null, dates, null, 20_000),
        e -> ids.add(e.documentId()));
    store.scanQuotes(
        new QuoteQuery(actor, null, null, dates, null, 20_000), q -> ids.add(q.documentId()));
    return ids;
  }

  String quotes(Params p) {
    StringBuilder b = new StringBuilder("<h1>Quotes</h1>\n");
    String form =
        Forms.search(
            "/quotes",
            Forms.field("Speaker", "speaker", p.value("speaker"), "text", "name, id or code")
                + Forms.field("Words", "q", p.value("q"), "search", "full text")
                + Forms.field("From", "from", p.value("from"), "date", "")
                + Forms.field("To", "to", p.value("to"), "date", ""));
    try {
      QuoteQuery query =
          new QuoteQuery(
              p.actor("speaker"), null, p.text("q"), p.dates("from", "to"), null, PAGE_ROWS);
      List<StoredQuote> rows = store.quotes(query);
      b.append(form).append(countLine(rows.size(), "quote"));
      b.append("<ol class=\"results quotes\">\n");
      for (StoredQuote q : rows) {
        b.append(quoteRow(q));
      }
      b.append("</ol>\n");
    } catch (RuntimeException e) {
      return failed(b, form, e);
    }
    return b.toString();
  }

  static String quoteRow(StoredQuote q) {
    String anchor = "ev-" + ArticleItems.ref("q", q.quote().span(), new java.util.HashSet<>());
    StringBuilder b = new StringBuilder("<li><blockquote><a href=\"");
    b.append(Forms.evidenceHref(q.documentId(), anchor))
        .append("\">")
        .append(Html.esc(Html.clip(q.text(), 400)))
        .append("</a></blockquote><div class=\"sub\">— ");
    if (q.quote().speaker() != null) {
      b.append("<a href=\"")
          .append(Forms.actorHref(q.quote().speaker()))
          .append("\">")
          .append(Html.esc(q.speakerName() == null ? q.quote().speaker() : q.speakerName()))
          .append("</a>");
    } else {
      b.append("unattributed");
    }
    if (q.viaName() != null) {
      b.append(" via ").append(Html.esc(q.viaName()));
    }
    b.append(" · ").append(q.quote().kind().label());
    if (q.quote().date() != null) {
      b.append(" · ").append(Html.esc(q.quote().date()));
    }
    return b.append("</div></li>\n").toString();
  }

  String events(Params p) {
    StringBuilder b = new StringBuilder("<h1>Events</h1>\n");
    String form =
        Forms.search(
            "/events",
            Forms.field("Actor", "actor", p.value("actor"), "text", "name, id or code")
                + Forms.field("With", "with", p.value("with"), "text", "the other side")
                + Forms.field("Code", "code", p.value("code"), "text", "CAMEO, e.g. 04")
                + Forms.field("From", "from", p.value("from"), "date", "")
                + Forms.field("To", "to", p.value("to"), "date", ""));
    try {
      ActorMatch actor = p.actor("actor");
      ActorMatch with = p.actor("with");
      if (with != null && actor == null) {
        throw new Params.BadParam("with", "a dyad needs an actor too");
      }
      EventQuery query =
          new EventQuery(
              actor,
              with,
              null,
              null,
              p.eventCode("code"),
              null,
              p.dates("from", "to"),
              null,
              PAGE_ROWS);
      List<StoredEvent> rows = store.events(query);
      b.append(form).append(countLine(rows.size(), "event"));
      b.append(eventTable(rows, codebook));
    } catch (RuntimeException e) {
      return failed(b, form, e);
    }
    return b.toString();
  }

  /** A table of events: day, dyad, code, Goldstein, evidence linking to the article. */
  static String eventTable(List<StoredEvent> rows, CameoCodebook codebook) {
    StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table class=\"events\">");
    b.append("<thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Source → target</th>")
        .append("<th scope=\"col\">Code</th><th scope=\"col\">Goldstein</th>")
        .append("<th scope=\"col\">Evidence</th></tr></thead><tbody>\n");
    for (StoredEvent e : rows) {
      var ev = e.event();
      CameoCodebook.Code code = codebook.get(ev.code());
      String anchor = "ev-" + ArticleItems.ref("e", ev.span(), new java.util.HashSet<>());
      b.append("<tr class=\"q")
          .append(ev.quadClass())
          .append("\"><td>")
          .append(Html.esc(e.day() == null ? "—" : e.day()))
          .append("</td><td>")
          .append(actorLink(ev.source(), e.sourceName()))
          .append(" → ")
          .append(ev.target() == null ? "—" : actorLink(ev.target(), e.targetName()))
          .append("</td><td><span class=\"code\">")
          .append(Html.esc(ev.code()))
          .append("</span> ")
          .append(Html.esc(code == null ? "" : code.name()))
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%+.1f", ev.goldstein()))
          .append("</td><td><a href=\"")
          .append(Forms.evidenceHref(e.documentId(), anchor))
          .append("\">")
          .append(Html.esc(Html.clip(e.text(), 160)))
          .append("</a></td></tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }

  static String actorLink(String id, @org.jspecify.annotations.Nullable String name) {
    return "<a href=\"" + Forms.actorHref(id) + "\">" + Html.esc(name == null ? id : name) + "</a>";
  }

  String actors(Params p) {
    StringBuilder b = new StringBuilder("<h1>Actors</h1>\n");
    String kind = p.value("kind");
    StringBuilder options = new StringBuilder("<option value=\"\">any</option>");
    for (ActorKind k : ActorKind.values()) {
      options
          .append("<option value=\"")
          .append(k.label())
          .append(k.label().equals(kind) ? "\" selected>" : "\">")
          .append(k.label())
          .append("</option>");
    }
    String form =
        Forms.search(
            "/actors",
            "<label class=\"field\"><span>Kind</span><select name=\"kind\">"
                + options
                + "</select></label>");
    try {
      ActorKind k = kind.isEmpty() ? null : ActorKind.valueOf(kind.toUpperCase(Locale.ROOT));
      List<ActorSummary> rows = store.actors(new ActorQuery(k, PAGE_ROWS));
      b.append(form).append(countLine(rows.size(), "actor"));
      b.append("<div class=\"table-wrap\"><table class=\"actors\"><thead><tr>")
          .append("<th scope=\"col\">Actor</th><th scope=\"col\">Kind</th>")
          .append("<th scope=\"col\">Code</th><th scope=\"col\">Documents</th>")
          .append("<th scope=\"col\">Mentions</th></tr></thead><tbody>\n");
      for (ActorSummary a : rows) {
        b.append("<tr><td>")
            .append(actorLink(a.actorId(), a.name()))
            .append("</td><td>")
            .append(Html.esc(a.kind()))
            .append("</td><td>")
            .append(Html.esc(a.code() == null ? "" : a.code()))
            .append("</td><td class=\"num\">")
            .append(a.documents())
            .append("</td><td class=\"num\">")
            .append(a.mentions())
            .append("</td></tr>\n");
      }
      b.append("</tbody></table></div>\n");
    } catch (RuntimeException e) {
      return failed(b, form, e);
    }
    return b.toString();
  }

  private static String counts(DocumentSummary d) {
    return d.quotes()
        + " quotes · "
        + d.events()
        + " events · "
        + d.actors()
        + " actors"
        + (d.flags() == 0 ? "" : " · <span class=\"flagged\">" + d.flags() + " flags</span>");
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String countLine(int n, String noun) {
    return "<p class=\"count-line\">"
        + (n == 0 ? "No " + noun + "s match." : n + " " + noun + (n == 1 ? "" : "s"))
        + (n >= PAGE_ROWS ? " (the first " + PAGE_ROWS + "; narrow the search for more)" : "")
        + "</p>\n";
  }

  /** The page with the error above the form; the caller answers it with a 400. */
  private static String failed(StringBuilder b, String form, RuntimeException e) {
    if (!(e instanceof Params.BadParam)
        && !(e instanceof IllegalArgumentException)
        && !(e instanceof org.readout.store.BadQueryException)) {
      throw e;
    }
    throw new PageException(400, b + Forms.error(e.getMessage()) + form);
  }
}
