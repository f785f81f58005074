package org.readout.server.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.readout.core.event.CameoCodebook;
import org.readout.store.ActorMatch;
import org.readout.store.ArticleStore;
import org.readout.store.DateRange;
import org.readout.store.EventQuery;
import org.readout.store.StoredEvent;

/**
 * The timeline: events per day for an actor, a dyad or everything, by QuadClass, with the day's
 * mean Goldstein value. The server renders the numbers as a table (readable without JavaScript);
 * {@code timeline.js} draws the table as a Chart.js chart, stacked bars and a Goldstein line, and a
 * click on a day opens that day's events, the same link the table's day cells hold.
 */
final class TimelinePage {
  /** Events read for one timeline; past this the page says it is truncated. */
  static final int MAX_EVENTS = 50_000;

  private final ArticleStore store;
  private final CameoCodebook codebook;

  TimelinePage(ArticleStore store, CameoCodebook codebook) {
    this.store = store;
    this.codebook = codebook;
  }

  /** One day's tally. */
  static final class Day {
    final int[] byQuad = new int[5];
    double goldsteinSum;
    int events;

    void add(int quadClass, double goldstein) {
      byQuad[quadClass >= 1 && quadClass <= 4 ? quadClass : 0]++;
      goldsteinSum += goldstein;
      events++;
    }

    double meanGoldstein() {
      return events == 0 ? 0 : goldsteinSum / events;
    }
  }

  /** Days a chart fills with empty entries between its first and last day, at most. */
  static final int MAX_FILLED_DAYS = 400;

  /**
   * Adds an empty entry for every day missing between the first and last key of {@code days} (ISO
   * dates), so a chart's x axis is time-proportional; a span longer than {@link #MAX_FILLED_DAYS}
   * is left as it is.
   */
  static <V> void fillGaps(
      java.util.NavigableMap<String, V> days, java.util.function.Supplier<V> empty) {
    if (days.size() < 2) {
      return;
    }
    try {
      LocalDate first = LocalDate.parse(days.firstKey());
      LocalDate last = LocalDate.parse(days.lastKey());
      if (java.time.temporal.ChronoUnit.DAYS.between(first, last) > MAX_FILLED_DAYS) {
        return;
      }
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        days.putIfAbsent(d.toString(), empty.get());
      }
    } catch (java.time.format.DateTimeParseException e) {
      // A key that is not a full day: leave the series as stored.
    }
  }

  String render(Params p) {
    StringBuilder b = new StringBuilder("<h1>Timeline</h1>\n");
    String form =
        Forms.search(
            "/timeline",
            Forms.field("Actor", "actor", p.value("actor"), "text", "name, id or code")
                + Forms.field("With", "with", p.value("with"), "text", "the other side")
                + Forms.field("From", "from", p.value("from"), "date", "")
                + Forms.field("To", "to", p.value("to"), "date", ""));
    ActorMatch actor;
    ActorMatch with;
    DateRange dates;
    LocalDate day;
    try {
      actor = p.actor("actor");
      with = p.actor("with");
      if (with != null && actor == null) {
        throw new Params.BadParam("with", "a dyad needs an actor too");
      }
      dates = p.dates("from", "to");
      day = p.date("day");
    } catch (Params.BadParam e) {
      throw new PageException(400, b + Forms.error(e.getMessage()) + form);
    }
    b.append(form);
    TreeMap<String, Day> days = new TreeMap<>();
    int[] read = {0};
    store.scanEvents(
        new EventQuery(actor, with, null, null, null, null, dates, null, MAX_EVENTS),
        e -> {
          read[0]++;
          if (e.day() != null) {
            days.computeIfAbsent(e.day(), d -> new Day())
                .add(e.event().quadClass(), e.event().goldstein());
          }
        });
    String subject =
        actor == null ? "all actors" : actor.text() + (with == null ? "" : " and " + with.text());
    b.append("<p class=\"count-line\">")
        .append(read[0])
        .append(read[0] == 1 ? " event" : " events")
        .append(" on ")
        .append(days.size())
        .append(days.size() == 1 ? " day" : " days")
        .append(" for ")
        .append(Html.esc(subject))
        .append(read[0] >= MAX_EVENTS ? " (the newest " + MAX_EVENTS + " only)" : "")
        .append("</p>\n");
    fillGaps(days, Day::new);
    if (!days.isEmpty()) {
      b.append("<figure class=\"chart\"><canvas id=\"timeline-chart\" role=\"img\" aria-label=\"")
          .append("Events per day by QuadClass, with the mean Goldstein value\"></canvas>")
          .append("</figure>\n");
      b.append(table(days, p));
    }
    if (day != null) {
      List<StoredEvent> events =
          store.events(
              new EventQuery(
                  actor,
                  with,
                  null,
                  null,
                  null,
                  null,
                  new DateRange(day, day),
                  null,
                  BrowsePages.PAGE_ROWS));
      b.append("<section class=\"day\" id=\"day\"><h2>Events on ")
          .append(day)
          .append("</h2>\n")
          .append(BrowsePages.countLine(events.size(), "event"))
          .append(BrowsePages.eventTable(events, codebook))
          .append("</section>\n");
    }
    return b.toString();
  }

  /** The tally as a table; {@code timeline.js} reads its {@code data-} attributes. */
  static String table(Map<String, Day> days, Params p) {
    StringBuilder b =
        new StringBuilder(
            "<div class=\"table-wrap\"><table class=\"timeline\" id=\"timeline-table\"><caption>"
                + "Events per day</caption><thead><tr><th scope=\"col\">Day</th>");
    for (int q = 1; q <= 4; q++) {
      b.append("<th scope=\"col\" class=\"q")
          .append(q)
          .append("\">")
          .append(ArticleItems.quadClassName(q))
          .append("</th>");
    }
    b.append("<th scope=\"col\">Mean Goldstein</th></tr></thead><tbody>\n");
    String base =
        "/timeline?actor="
            + Html.query(p.value("actor"))
            + "&with="
            + Html.query(p.value("with"))
            + "&from="
            + Html.query(p.value("from"))
            + "&to="
            + Html.query(p.value("to"))
            + "&day=";
    for (Map.Entry<String, Day> e : days.entrySet()) {
      Day d = e.getValue();
      String href = Html.esc(base + Html.query(e.getKey()) + "#day");
      String mean = d.events == 0 ? "" : String.format(Locale.ROOT, "%.2f", d.meanGoldstein());
      b.append("<tr data-day=\"")
          .append(Html.esc(e.getKey()))
          .append("\" data-href=\"")
          .append(href)
          .append("\" data-q1=\"")
          .append(d.byQuad[1])
          .append("\" data-q2=\"")
          .append(d.byQuad[2])
          .append("\" data-q3=\"")
          .append(d.byQuad[3])
          .append("\" data-q4=\"")
          .append(d.byQuad[4])
          .append("\" data-goldstein=\"")
          .append(mean)
          .append("\"><th scope=\"row\"><a href=\"")
          .append(href)
          .append("\">")
          .append(Html.esc(e.getKey()))
          .append("</a></th>");
      for (int q = 1; q <= 4; q++) {
        b.append("<td class=\"num\">").append(d.byQuad[q]).append("</td>");
      }
      b.append("<td class=\"num\">").append(mean.isEmpty() ? "—" : mean).append("</td></tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }
}
