package org.readout.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.CameoCodebook;
import org.readout.store.ActorMatch;
import org.readout.store.ActorQuery;
import org.readout.store.ActorSummary;
import org.readout.store.ArticleStore;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.EventQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.StoredEvent;
import org.readout.store.StoredQuote;
import org.readout.store.Table;

/**
 * One actor across the store: mentions per day (a table that {@code timeline.js} draws as a line),
 * top partners in events, and the latest events and quotes.
 *
 * <p>Design decision: mention counts come from a scan of the mentions table joined in memory with
 * document dates, since the store has no per-actor mention index; the cost grows with the store,
 * which is fine for a local reader and is why the JSON API does not offer it.
 */
final class ActorPage {
  private static final int RECENT = 20;
  private static final int PARTNER_EVENTS = 10_000;

  private final ArticleStore store;
  private final CameoCodebook codebook;

  ActorPage(ArticleStore store, CameoCodebook codebook) {
    this.store = store;
    this.codebook = codebook;
  }

  String render(String actorId) {
    ActorSummary summary = summary(actorId);
    ActorMatch match = new ActorMatch(actorId, List.of(), List.of(actorId), List.of());
    List<StoredEvent> events = new ArrayList<>();
    Map<String, Integer> partners = new HashMap<>();
    Map<String, String> partnerNames = new HashMap<>();
    store.scanEvents(
        new EventQuery(match, null, null, null, null, null, DateRange.ALL, null, PARTNER_EVENTS),
        e -> {
          if (events.size() < RECENT) {
            events.add(e);
          }
          boolean source = e.event().source().equals(actorId);
          String other = source ? e.event().target() : e.event().source();
          if (other != null && !other.equals(actorId)) {
            partners.merge(other, 1, Integer::sum);
            String name = source ? e.targetName() : e.sourceName();
            partnerNames.putIfAbsent(other, name == null ? other : name);
          }
        });
    List<StoredQuote> quotes =
        store.quotes(new QuoteQuery(match, null, null, DateRange.ALL, null, RECENT));
    String name = summary != null ? summary.name() : nameFrom(actorId, events, quotes);
    Map<String, Integer> mentionsByDay = mentionsByDay(actorId);
    if (summary == null && events.isEmpty() && quotes.isEmpty() && mentionsByDay.isEmpty()) {
      throw new PageException(
          404,
          "<h1>No such actor</h1><p>The store has no actor <code>"
              + Html.esc(actorId)
              + "</code>.</p>");
    }
    StringBuilder b = new StringBuilder("<h1>").append(Html.esc(name)).append("</h1>\n");
    b.append("<p class=\"meta\"><code>").append(Html.esc(actorId)).append("</code>");
    if (summary != null) {
      b.append(" · ").append(Html.esc(summary.kind()));
      if (summary.code() != null) {
        b.append(" · CAMEO <span class=\"code\">")
            .append(Html.esc(summary.code()))
            .append("</span>");
      }
      if (summary.country() != null) {
        b.append(" · ").append(Html.esc(summary.country()));
      }
      b.append(" · ")
          .append(summary.documents())
          .append(" documents · ")
          .append(summary.mentions())
          .append(" mentions");
    }
    b.append(" · <a href=\"/timeline?actor=")
        .append(Html.esc(Html.query(actorId)))
        .append("\">timeline</a></p>\n<div class=\"actor-grid\">\n");
    mentions(b, mentionsByDay);
    partners(b, actorId, partners, partnerNames);
    b.append("</div>\n<section><h2>Recent events</h2>\n")
        .append(
            events.isEmpty()
                ? "<p class=\"muted\">None.</p>\n"
                : BrowsePages.eventTable(events, codebook))
        .append("</section>\n<section><h2>Recent quotes</h2>\n");
    if (quotes.isEmpty()) {
      b.append("<p class=\"muted\">None.</p>\n");
    } else {
      b.append("<ol class=\"results quotes\">\n");
      quotes.forEach(q -> b.append(BrowsePages.quoteRow(q)));
      b.append("</ol>\n");
    }
    return b.append("</section>\n").toString();
  }

  private static void mentions(StringBuilder b, Map<String, Integer> byDay) {
    b.append("<section class=\"mentions\"><h2>Mentions per day</h2>\n");
    if (byDay.isEmpty()) {
      b.append("<p class=\"muted\">No dated mentions.</p></section>\n");
      return;
    }
    b.append("<figure class=\"chart small\"><canvas id=\"mentions-chart\" role=\"img\"")
        .append(" aria-label=\"Mentions per day\"></canvas></figure>\n")
        .append("<div class=\"table-wrap\"><table class=\"series\" id=\"mentions-table\">")
        .append("<thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Mentions</th></tr>")
        .append("</thead><tbody>\n");
    byDay.forEach(
        (day, n) ->
            b.append("<tr data-day=\"")
                .append(Html.esc(day))
                .append("\" data-count=\"")
                .append(n)
                .append("\"><th scope=\"row\">")
                .append(Html.esc(day))
                .append("</th><td class=\"num\">")
                .append(n)
                .append("</td></tr>\n"));
    b.append("</tbody></table></div></section>\n");
  }

  private static void partners(
      StringBuilder b, String actorId, Map<String, Integer> partners, Map<String, String> names) {
    b.append("<section class=\"partners\"><h2>Top partners</h2>\n");
    if (partners.isEmpty()) {
      b.append("<p class=\"muted\">No events with another actor.</p></section>\n");
      return;
    }
    b.append("<ol class=\"partners\">\n");
    partners.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .forEach(
            e ->
                b.append("<li>")
                    .append(BrowsePages.actorLink(e.getKey(), names.get(e.getKey())))
                    .append(" <span class=\"count\">")
                    .append(e.getValue())
                    .append("</span> <a class=\"muted\" href=\"/timeline?actor=")
                    .append(Html.esc(Html.query(actorId)))
                    .append("&amp;with=")
                    .append(Html.esc(Html.query(e.getKey())))
                    .append("\">dyad timeline</a></li>\n"));
    b.append("</ol></section>\n");
  }

  private @Nullable ActorSummary summary(String actorId) {
    for (ActorSummary a : store.actors(new ActorQuery(null, 100_000))) {
      if (a.actorId().equals(actorId)) {
        return a;
      }
    }
    return null;
  }

  /** Mentions of {@code actorId} per document day, oldest first; undated documents left out. */
  private Map<String, Integer> mentionsByDay(String actorId) {
    Map<String, String> dates = new HashMap<>();
    store.scanDocuments(
        new DocumentQuery(DateRange.ALL, null, Integer.MAX_VALUE),
        d -> {
          if (d.date() != null) {
            dates.put(d.id(), d.date());
          }
        });
    TreeMap<String, Integer> byDay = new TreeMap<>();
    store.scanTable(
        Table.MENTIONS,
        new DocumentQuery(DateRange.ALL, null, 1),
        row -> {
          if (actorId.equals(row.get(1))) {
            String day = dates.get(String.valueOf(row.get(0)));
            if (day != null) {
              byDay.merge(day, 1, Integer::sum);
            }
          }
        });
    TimelinePage.fillGaps(byDay, () -> 0);
    return byDay;
  }

  private static String nameFrom(String id, List<StoredEvent> events, List<StoredQuote> quotes) {
    Map<String, String> names = new LinkedHashMap<>();
    for (StoredQuote q : quotes) {
      if (q.speakerName() != null) {
        names.putIfAbsent(id, q.speakerName());
      }
    }
    for (StoredEvent e : events) {
      String n = id.equals(e.event().source()) ? e.sourceName() : e.targetName();
      if (n != null) {
        names.putIfAbsent(id, n);
      }
    }
    return names.getOrDefault(id, id);
  }
}
