package org.readout.spark;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.readout.store.Table;
import org.readout.story.DedupEvent;
import org.readout.story.EventDeduplicator;
import org.readout.story.EventLink;
import org.readout.story.MentionKey;
import org.readout.story.ReportedEvent;

/**
 * The rows of one story in the export's story tables ({@link Table#STORIES}, {@link
 * Table#STORY_MEMBERS}, {@link Table#DEDUP_EVENTS}, {@link Table#DEDUP_MENTIONS}), from its
 * members' {@link StoryInput}s: the values the store writes when it forms the story ({@code
 * StoryRows.form}, {@code DedupRows.rebuild} in {@code store.sqlite}), computed here without SQL.
 * Pure.
 *
 * <p>Design decision: a second implementation of the store's few derived columns (title, day,
 * report dates, the first mention's names) rather than a scratch store per story, which would need
 * the members' whole documents again. {@code SparkParityTest} compares the two row by row; the
 * deduplication itself is story/'s {@link EventDeduplicator}, shared.
 */
final class StoryTables {
  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A member's event with what the deduplicated event's row takes from it. */
  private record Mention(ReportedEvent reported, StoryInput.EventRow row) {}

  private StoryTables() {}

  /** The rows of story {@code story}, whose members are {@code members} (any order). */
  static List<TaggedRow> rows(String story, List<StoryInput> members) {
    List<StoryInput> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(StoryInput::document));
    List<TaggedRow> out = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (StoryInput m : sorted) {
      out.add(row(Table.STORY_MEMBERS, story, story, m.document()));
      LocalDate published = m.date() == null ? null : LocalDate.parse(m.date());
      // The store reads a story's events ordered by document, offset and row.
      List<StoryInput.EventRow> events = new ArrayList<>(m.events());
      events.sort(Comparator.comparingInt(StoryInput.EventRow::start));
      for (StoryInput.EventRow e : events) {
        mentions.add(
            new Mention(new ReportedEvent(m.document(), m.outlet(), published, e.event()), e));
      }
    }
    Map<String, Deque<Mention>> byMention = new HashMap<>();
    List<ReportedEvent> reported = new ArrayList<>();
    for (Mention m : mentions) {
      reported.add(m.reported());
      byMention
          .computeIfAbsent(
              MentionKey.of(m.reported().document(), m.reported().event()), k -> new ArrayDeque<>())
          .add(m);
    }
    List<DedupEvent> events = new EventDeduplicator().dedup(story, reported);
    DedupEvent best = null;
    for (int n = 0; n < events.size(); n++) {
      DedupEvent d = events.get(n);
      List<Mention> linked = new ArrayList<>();
      for (EventLink l : d.mentions()) {
        Deque<Mention> q = byMention.get(MentionKey.of(d, l));
        if (q == null || q.isEmpty()) {
          throw new IllegalStateException("dedup mention without its event row: " + l);
        }
        linked.add(q.poll());
        out.add(
            row(
                Table.DEDUP_MENTIONS,
                story,
                story,
                (long) n,
                l.document(),
                (long) l.start(),
                (long) l.end()));
      }
      out.add(dedupRow(d, n, linked));
      if (d.date() != null
          && FULL_DAY.matcher(d.date()).matches()
          && (best == null || d.numArticles() > best.numArticles())) {
        best = d;
      }
    }
    out.add(storyRow(story, sorted, best == null ? null : best.date()));
    return out;
  }

  private static TaggedRow storyRow(String story, List<StoryInput> members, @Nullable String day) {
    // Title from the earliest report (publication date, then id); report dates over all members.
    StoryInput earliest =
        members.stream()
            .min(
                Comparator.comparing(
                        StoryInput::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparing(StoryInput::document))
            .orElseThrow();
    String first = null;
    String last = null;
    for (StoryInput m : members) {
      if (m.date() != null) {
        first = first == null || m.date().compareTo(first) < 0 ? m.date() : first;
        last = last == null || m.date().compareTo(last) > 0 ? m.date() : last;
      }
    }
    return row(
        Table.STORIES,
        story,
        story,
        earliest.title(),
        day != null ? day : first,
        first,
        last,
        (long) members.size());
  }

  private static TaggedRow dedupRow(DedupEvent d, int number, List<Mention> mentions) {
    StoryInput.EventRow first = mentions.get(0).row();
    StoryInput.EventRow chosen =
        mentions.stream()
            .map(Mention::row)
            .filter(m -> m.code().equals(d.code()))
            .findFirst()
            .orElse(first);
    List<String> codes = new ArrayList<>();
    d.codes().forEach((code, n) -> codes.add(code + ":" + n));
    return row(
        Table.DEDUP_EVENTS,
        d.story(),
        d.story(),
        (long) number,
        d.sourceCode(),
        d.targetCode(),
        first.source(),
        first.target(),
        first.sourceName(),
        first.targetName(),
        d.code(),
        d.rootCode(),
        (long) chosen.quadClass(),
        chosen.goldstein(),
        d.date(),
        day(d),
        (long) d.numArticles(),
        (long) d.numSources(),
        (long) d.numMentions(),
        d.firstReport() == null ? null : d.firstReport().toString(),
        d.lastReport() == null ? null : d.lastReport().toString(),
        String.join(" ", codes),
        String.join(" ", d.otherDates()));
  }

  /**
   * The filing day, as the store files it: the date when a full day, none when coarser, the first
   * report's date when the event has no date.
   */
  static @Nullable String day(DedupEvent d) {
    if (d.date() != null) {
      return FULL_DAY.matcher(d.date()).matches() ? d.date() : null;
    }
    return d.firstReport() == null ? null : d.firstReport().toString();
  }

  private static TaggedRow row(Table t, String story, @Nullable Object... values) {
    return new TaggedRow(t.label(), story, 0L, RowFactory.create(values));
  }
}
