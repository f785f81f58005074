package org.readout.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.model.AnnotatedArticle;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.Table;

/**
 * The story tables of the export ({@code stories}, {@code story_members}, {@code dedup_events},
 * {@code dedup_mentions}; issue 12, which compares them with the Spark job's): their rows over the
 * invented Xi-Putin call corpus of {@link StoryStoreTest}, the same in any write order, and whole
 * stories under a document filter.
 */
class StoryTablesTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final DocumentQuery ALL =
      new DocumentQuery(DateRange.ALL, null, Integer.MAX_VALUE);

  @TempDir Path dir;

  private List<String> rows(List<AnnotatedArticle> docs, String name, Table t, DocumentQuery q) {
    try (SqliteStore store = SqliteStore.open(dir.resolve(name))) {
      for (AnnotatedArticle d : docs) {
        store.write(List.of(d), AT);
      }
      List<String> out = new ArrayList<>();
      store.scanTable(t, q, (List<@Nullable Object> row) -> out.add(String.valueOf(row)));
      return out;
    }
  }

  @Test
  void storiesAndTheirMembersAreRows() {
    List<String> stories = rows(StoryStoreTest.corpus(), "s.db", Table.STORIES, ALL);
    assertThat(stories).hasSize(3);
    assertThat(stories)
        .anySatisfy(
            s ->
                assertThat(s)
                    .endsWith(", 2025-03-04, 2025-03-04, 2025-03-06, 5]")
                    .startsWith("[s"));
    List<String> members = rows(StoryStoreTest.corpus(), "m.db", Table.STORY_MEMBERS, ALL);
    assertThat(members).hasSize(7);
    String id = callStory();
    assertThat(members.stream().filter(m -> m.startsWith("[" + id + ",")).toList())
        .containsExactly(
            "[" + id + ", analysis]",
            "[" + id + ", brief]",
            "[" + id + ", daily]",
            "[" + id + ", translated]",
            "[" + id + ", wire]");
  }

  /** The id of the five reports' story. */
  private String callStory() {
    String row =
        rows(StoryStoreTest.corpus(), "id.db", Table.STORIES, ALL).stream()
            .filter(s -> s.endsWith(", 5]"))
            .findFirst()
            .orElseThrow();
    return row.substring(1, row.indexOf(','));
  }

  @Test
  void dedupEventsAreNumberedInTheirStoryAndTheirMentionsJoinOnTheNumber() {
    String story = callStory();
    List<String> events = rows(StoryStoreTest.corpus(), "e.db", Table.DEDUP_EVENTS, ALL);
    List<String> call = events.stream().filter(e -> e.startsWith("[" + story + ",")).toList();
    // CHNGOV>RUSGOV told by four articles, RUSGOV>CHNGOV (042 twice 040) by three.
    assertThat(call).hasSize(2);
    assertThat(call.get(0)).contains(", 0, CHNGOV, RUSGOV, ").contains(", 4, 4, 4, ");
    assertThat(call.get(1))
        .contains(", 1, RUSGOV, CHNGOV, ")
        .contains(", 042, 04, ")
        .contains(", 3, 3, 3, ")
        .contains("040:2 042:1");
    List<String> mentions = rows(StoryStoreTest.corpus(), "n.db", Table.DEDUP_MENTIONS, ALL);
    assertThat(mentions.stream().filter(m -> m.startsWith("[" + story + ", 1,")).toList())
        .containsExactly(
            "[" + story + ", 1, analysis, 6, 11]",
            "[" + story + ", 1, daily, 0, 5]",
            "[" + story + ", 1, wire, 6, 11]");
  }

  @Test
  void writeOrderDoesNotChangeAnyStoryTable() {
    Random random = new Random(12);
    for (Table t : List.of(Table.STORIES, Table.STORY_MEMBERS, Table.DEDUP_EVENTS)) {
      List<String> expected = rows(StoryStoreTest.corpus(), t.label() + ".db", t, ALL);
      List<AnnotatedArticle> shuffled = new ArrayList<>(StoryStoreTest.corpus());
      Collections.shuffle(shuffled, random);
      assertThat(rows(shuffled, t.label() + "-shuffled.db", t, ALL)).isEqualTo(expected);
    }
  }

  @Test
  void aDocumentFilterExportsTheStoriesOfMatchingDocumentsWhole() {
    DocumentQuery brief = new DocumentQuery(DateRange.ALL, "Brief Desk", Integer.MAX_VALUE);
    assertThat(rows(StoryStoreTest.corpus(), "f.db", Table.STORY_MEMBERS, brief))
        .hasSize(5)
        .allSatisfy(m -> assertThat(m).doesNotEndWith(", later]").doesNotEndWith(", retro]"));
  }
}
