package org.readout.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readout.core.event.CameoCodebook;
import org.readout.core.model.Article;
import org.readout.core.model.Span;
import org.readout.server.api.StoryDetail;
import org.readout.server.api.StoryViews;
import org.readout.store.ArticleStore;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredStory;
import org.readout.store.StoryQuery;
import org.readout.story.EventLink;
import org.readout.story.Joined;
import org.readout.story.Outlets;

/**
 * The story pages: {@code /stories} (stories by actor and day, newest first) and {@code
 * /stories/ID} (one story's articles in report order, why each joined, and its deduplicated events,
 * each mention linking to its evidence in the article view). Plain HTML: they read without script.
 */
final class StoryPages {
  private final ArticleStore store;
  private final CameoCodebook codebook;

  StoryPages(ArticleStore store, CameoCodebook codebook) {
    this.store = store;
    this.codebook = codebook;
  }

  String list(Params p) {
    StringBuilder b = new StringBuilder("<h1>Stories</h1>\n");
    String form =
        Forms.search(
            "/stories",
            Forms.field("Actor", "actor", p.value("actor"), "text", "name, id or code")
                + Forms.field("From", "from", p.value("from"), "date", "")
                + Forms.field("To", "to", p.value("to"), "date", ""));
    List<StoredStory> rows = new ArrayList<>();
    try {
      StoryQuery q = new StoryQuery(p.actor("actor"), p.dates("from", "to"), BrowsePages.PAGE_ROWS);
      store.scanStories(q, rows::add);
    } catch (Params.BadParam | IllegalArgumentException e) {
      throw new PageException(400, b + Forms.error(e.getMessage()) + form);
    }
    b.append(form).append(BrowsePages.countLine(rows.size(), "story"));
    b.append("<ol class=\"results stories\">\n");
    for (StoredStory s : rows) {
      b.append("<li><a class=\"title\" href=\"")
          .append(href(s.id()))
          .append("\">")
          .append(Html.esc(s.title() == null || s.title().isBlank() ? s.id() : s.title()))
          .append("</a><div class=\"sub\">")
          .append(Html.esc(s.day() == null ? "undated" : s.day()))
          .append(" · ")
          .append(BrowsePages.plural(s.documents().size(), "article"))
          .append(" · ")
          .append(BrowsePages.plural(s.events().size(), "event"))
          .append(" · <code>")
          .append(Html.esc(s.id()))
          .append("</code></div></li>\n");
    }
    return b.append("</ol>\n").toString();
  }

  /** The page of story {@code id}; a 404 page when there is none. */
  String one(String id) {
    StoryDetail d =
        StoryDetail.load(store, id)
            .orElseThrow(
                () ->
                    new PageException(
                        404,
                        "<h1>No such story</h1><p>The store has no story <code>"
                            + Html.esc(id)
                            + "</code>. <a href=\"/stories\">Browse the stories</a>.</p>"));
    StoredStory s = d.story();
    StringBuilder b = new StringBuilder("<h1>");
    b.append(Html.esc(s.title() == null || s.title().isBlank() ? s.id() : s.title()))
        .append("</h1>\n<p class=\"meta\">Story <code>")
        .append(Html.esc(s.id()))
        .append("</code> · ")
        .append(Html.esc(s.day() == null ? "undated" : s.day()))
        .append(" · ")
        .append(BrowsePages.plural(s.documents().size(), "article"))
        .append(
            "</p>\n<h2>Articles, in report order</h2>\n<ol class=\"results story-articles\">\n");
    for (Joined j : d.joined()) {
      Article a = d.document(j.document());
      b.append("<li><a class=\"title\" href=\"/documents/")
          .append(Html.esc(Forms.pathSegment(j.document())))
          .append("\">")
          .append(Html.esc(a == null || a.title() == null ? j.document() : a.title()))
          .append("</a><div class=\"sub\">");
      if (a != null) {
        b.append(Html.esc(a.date() == null ? "undated" : a.date().toString()));
        String outlet = Outlets.of(a);
        if (outlet != null) {
          b.append(" · ").append(Html.esc(outlet));
        }
        b.append(" · ");
      }
      b.append("<span class=\"why\">")
          .append(Html.esc(StoryDetail.why(j)))
          .append("</span></div></li>\n");
    }
    b.append("</ol>\n<h2>Deduplicated events</h2>\n");
    b.append(events(s.events()));
    return b.toString();
  }

  /** The events table: each real-world event once, its counts, conflicts and every mention. */
  private String events(List<StoredDedupEvent> events) {
    if (events.isEmpty()) {
      return "<p class=\"count-line\">No dyadic events.</p>\n";
    }
    StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table class=\"dedup\">");
    b.append("<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Source → target</th>")
        .append("<th scope=\"col\">Code</th><th scope=\"col\">Articles</th>")
        .append("<th scope=\"col\">Sources</th><th scope=\"col\">Mentions</th>")
        .append("<th scope=\"col\">Evidence</th></tr></thead><tbody>\n");
    for (StoredDedupEvent e : events) {
      var ev = e.event();
      CameoCodebook.Code code = codebook.get(ev.code());
      String conflicts = StoryViews.conflicts(ev);
      b.append("<tr class=\"q")
          .append(e.quadClass())
          .append("\"><td>")
          .append(Html.esc(ev.date() == null ? "—" : ev.date()))
          .append("</td><td>")
          .append(side(e.source(), ev.sourceCode(), e.sourceName()))
          .append(" → ")
          .append(side(e.target(), ev.targetCode(), e.targetName()))
          .append("</td><td><span class=\"code\">")
          .append(Html.esc(ev.code()))
          .append("</span> ")
          .append(Html.esc(code == null ? "" : code.name()))
          .append(conflicts.isEmpty() ? "" : "<div class=\"sub\">" + Html.esc(conflicts) + "</div>")
          .append("</td><td class=\"num\">")
          .append(ev.numArticles())
          .append("</td><td class=\"num\">")
          .append(ev.numSources())
          .append("</td><td class=\"num\">")
          .append(ev.numMentions())
          .append("</td><td><ul class=\"mentions\">");
      for (EventLink l : ev.mentions()) {
        String anchor =
            "ev-" + ArticleItems.ref("e", new Span(l.start(), l.end()), new java.util.HashSet<>());
        b.append("<li><a href=\"")
            .append(Forms.evidenceHref(l.document(), anchor))
            .append("\">")
            .append(Html.esc(l.document()))
            .append(String.format(Locale.ROOT, " [%d,%d)", l.start(), l.end()))
            .append("</a></li>");
      }
      b.append("</ul></td></tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }

  private static String side(
      @org.jspecify.annotations.Nullable String id,
      @org.jspecify.annotations.Nullable String code,
      @org.jspecify.annotations.Nullable String name) {
    if (id == null) {
      return Html.esc(code == null ? "—" : code);
    }
    return BrowsePages.actorLink(id, name);
  }

  /** The link to story {@code id}'s page, escaped. */
  static String href(String id) {
    return "/stories/" + Html.esc(Forms.pathSegment(id));
  }
}
