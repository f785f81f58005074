package org.readout.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.readout.store.Table;
import org.readout.story.DedupEvent;
import org.readout.story.DedupEventRows;
import org.readout.story.EventDeduplicator;
import org.readout.story.EventLink;
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
 * deduplication itself and the deduplicated events' derived columns are story/'s {@link
 * EventDeduplicator} and {@link DedupEventRows}, shared.
 */
final class StoryTables {
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
    List<DedupEventRows<Mention>> events =
        DedupEventRows.dedup(new EventDeduplicator(), story, mentions, Mention::reported);
    for (int n = 0; n < events.size(); n++) {
      DedupEventRows<Mention> d = events.get(n);
      for (EventLink l : d.event().mentions()) {
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
      out.add(dedupRow(d, n));
    }
    out.add(
        storyRow(
            story,
            sorted,
            DedupEventRows.storyDay(events.stream().map(DedupEventRows::event).toList())));
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

  private static TaggedRow dedupRow(DedupEventRows<Mention> rows, int number) {
    DedupEvent d = rows.event();
    StoryInput.EventRow first = rows.first().row();
    StoryInput.EventRow chosen = rows.chosen(m -> m.row().code()).row();
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
        DedupEventRows.day(d),
        (long) d.numArticles(),
        (long) d.numSources(),
        (long) d.numMentions(),
        rows.firstReport(),
        rows.lastReport(),
        rows.codes(),
        rows.otherDates());
  }

  private static TaggedRow row(Table t, String story, @Nullable Object... values) {
    return new TaggedRow(t.label(), story, 0L, RowFactory.create(values));
  }
}
