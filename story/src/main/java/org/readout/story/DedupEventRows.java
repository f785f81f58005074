package org.readout.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A deduplicated event with the member event rows its mentions came from, and the columns of its
 * row in the story tables ({@code dedup_events}) that are derived from the two. {@code R} is
 * whatever row the writer keeps per member event (the store's database row, the Spark job's input
 * row); {@link #dedup} pairs each of the deduplicator's links with the row it came from.
 *
 * <p>Design decision: the store ({@code DedupRows}) and the Spark export ({@code StoryTables})
 * write the same rows, and the Spark parity test compares them; the pairing and the derived columns
 * are spelled here once so that the two cannot drift apart, as {@link MentionKey} does for the key.
 *
 * @param event the deduplicated event
 * @param rows the row behind each of {@code event}'s mentions, in link order
 */
public record DedupEventRows<R>(DedupEvent event, List<R> rows) {
  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public DedupEventRows {
    rows = List.copyOf(rows);
  }

  /**
   * The deduplicated events of {@code story}, each with its rows: {@code rows} are the members'
   * event rows in the order the store reads them (document, offset, row), {@code reported} what
   * each states.
   *
   * @throws IllegalStateException when a deduplicated mention has no row left to pair with
   */
  public static <R> List<DedupEventRows<R>> dedup(
      EventDeduplicator deduplicator,
      String story,
      List<R> rows,
      Function<R, ReportedEvent> reported) {
    Map<String, Deque<R>> byMention = new HashMap<>();
    List<ReportedEvent> events = new ArrayList<>();
    for (R r : rows) {
      ReportedEvent e = reported.apply(r);
      events.add(e);
      byMention
          .computeIfAbsent(MentionKey.of(e.document(), e.event()), k -> new ArrayDeque<>())
          .add(r);
    }
    List<DedupEventRows<R>> out = new ArrayList<>();
    for (DedupEvent d : deduplicator.dedup(story, events)) {
      List<R> linked = new ArrayList<>();
      for (EventLink l : d.mentions()) {
        Deque<R> q = byMention.get(MentionKey.of(d, l));
        if (q == null || q.isEmpty()) {
          throw new IllegalStateException("dedup mention without its event row: " + l);
        }
        linked.add(q.poll());
      }
      out.add(new DedupEventRows<>(d, linked));
    }
    return out;
  }

  /** The row of the first mention: the source and target ids and names come from it. */
  public R first() {
    return rows.get(0);
  }

  /**
   * The row the quad class and Goldstein value come from: the first whose code is the event's code,
   * else the first.
   */
  public R chosen(Function<R, String> code) {
    return rows.stream()
        .filter(r -> code.apply(r).equals(event.code()))
        .findFirst()
        .orElse(first());
  }

  /** The {@code codes} column: {@code code:count} for each code, space-separated. */
  public String codes() {
    List<String> codes = new ArrayList<>();
    event.codes().forEach((code, n) -> codes.add(code + ":" + n));
    return String.join(" ", codes);
  }

  /** The {@code other_dates} column: the other dates, space-separated. */
  public String otherDates() {
    return String.join(" ", event.otherDates());
  }

  /** The {@code first_report} column: the earliest publication date (ISO), or null. */
  public @Nullable String firstReport() {
    return event.firstReport() == null ? null : event.firstReport().toString();
  }

  /** The {@code last_report} column: the latest publication date (ISO), or null. */
  public @Nullable String lastReport() {
    return event.lastReport() == null ? null : event.lastReport().toString();
  }

  /**
   * The filing day: the event's date when it is a full day; none when it is coarser ("last year":
   * an old event must not be filed under the day of its report); the first report's date when the
   * event has no date at all.
   */
  public static @Nullable String day(DedupEvent d) {
    if (d.date() != null) {
      return FULL_DAY.matcher(d.date()).matches() ? d.date() : null;
    }
    return d.firstReport() == null ? null : d.firstReport().toString();
  }

  /**
   * A story's day from its deduplicated events: the date of the first, in {@code events}' order, of
   * the full-day ones reported by the most articles; null when none has a full day.
   */
  public static @Nullable String storyDay(List<DedupEvent> events) {
    DedupEvent best = null;
    for (DedupEvent d : events) {
      if (d.date() != null
          && FULL_DAY.matcher(d.date()).matches()
          && (best == null || d.numArticles() > best.numArticles())) {
        best = d;
      }
    }
    return best == null ? null : best.date();
  }
}
