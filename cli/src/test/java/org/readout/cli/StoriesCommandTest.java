package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.ExtractCommandTest.Run;

/**
 * Issue 11's acceptance tests, end to end through {@code readout ingest} with the standard pipeline
 * and {@code readout stories}, on the hand-written fixtures of {@code src/test/resources/stories/}
 * (docs/eval-stories.md).
 */
class StoriesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    TestPipelines.standard();
  }

  private static Path fixture(String name) {
    return Path.of("src/test/resources/stories", name);
  }

  private static Path ingest(Path input, String db) {
    Path store = dir.resolve(db);
    Run r =
        ExtractCommandTest.run(
            "ingest", "--progress", "none", "--db", store.toString(), input.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return store;
  }

  private static List<JsonNode> stories(Path db, String... filters) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("stories", "--db", db.toString(), "--format", "jsonl"));
    args.addAll(List.of(filters));
    Run r = ExtractCommandTest.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static Set<String> documents(JsonNode story) {
    Set<String> out = new TreeSet<>();
    story.get("documents").forEach(d -> out.add(d.asText()));
    return out;
  }

  @Test
  void fiveDifferentlyWrittenReportsAreOneStoryWithOneConsultEventPerDirection() throws Exception {
    Path db = ingest(fixture("five-reports.jsonl"), "five.db");
    List<JsonNode> stories = stories(db);
    assertThat(stories).hasSize(1);
    JsonNode story = stories.get(0);
    assertThat(story.fieldNames())
        .toIterable()
        .containsExactly("id", "title", "documents", "events");
    assertThat(documents(story))
        .containsExactly("call-analysis", "call-br", "call-brief", "call-fr", "call-wire");
    Map<String, JsonNode> consults = new TreeMap<>();
    for (JsonNode e : story.get("events")) {
      String source = e.get("sourceCode").asText();
      String target = e.path("targetCode").asText("");
      if (e.get("rootCode").asText().equals("04")
          && Set.of("BRA", "FRA").contains(source.substring(0, 3))
          && target.length() >= 3
          && Set.of("BRA", "FRA").contains(target.substring(0, 3))
          && !source.substring(0, 3).equals(target.substring(0, 3))) {
        assertThat(consults.put(source.substring(0, 3) + ">" + target.substring(0, 3), e))
            .as("one consult event per direction")
            .isNull();
      }
    }
    assertThat(consults.keySet()).containsExactly("BRA>FRA", "FRA>BRA");
    for (JsonNode e : consults.values()) {
      assertThat(e.get("date").asText()).isEqualTo("2025-04-08");
      assertThat(e.get("numArticles").asInt()).isEqualTo(5);
      assertThat(e.get("numSources").asInt()).isEqualTo(5);
      assertThat(e.get("mentions")).hasSize(5);
      assertThat(e.get("mentions").get(0).fieldNames())
          .toIterable()
          .containsExactly("document", "start", "end");
    }
    // The deduplicated view counts the call once per direction; the plain view once per article.
    Run dedup =
        ExtractCommandTest.run(
            "events",
            "--db",
            db.toString(),
            "--dedup",
            "--actor",
            "BRA",
            "--with",
            "FRA",
            "--code",
            "04",
            "--format",
            "jsonl");
    Run plain =
        ExtractCommandTest.run(
            "events",
            "--db",
            db.toString(),
            "--actor",
            "BRA",
            "--with",
            "FRA",
            "--code",
            "04",
            "--format",
            "jsonl");
    assertThat(dedup.out().lines().count()).isLessThan(plain.out().lines().count());
    // GDELT rows carry the story's counts: 5 articles from 5 outlets.
    Run gdelt =
        ExtractCommandTest.run(
            "events",
            "--db",
            db.toString(),
            "--source",
            "FRAGOV",
            "--target",
            "BRAGOV",
            "--code",
            "04",
            "--format",
            "gdelt");
    assertThat(gdelt.out().lines().map(l -> l.split("\t")).filter(c -> c[33].equals("5")))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c[32]).isEqualTo("5"));
  }

  @Test
  void twoCallsBetweenTheSameLeadersAWeekApartAreTwoStories() throws Exception {
    List<JsonNode> stories = stories(ingest(fixture("two-calls.jsonl"), "two.db"));
    assertThat(stories)
        .extracting(StoriesCommandTest::documents)
        .containsExactly(
            Set.of("call2-tr", "call2-wire"), Set.of("call1-tr", "call1-ua", "call1-wire"));
  }

  @Test
  void aRetrospectiveMentionOfAnOldSummitDoesNotJoinTodaysStory() throws Exception {
    Path db = ingest(fixture("retrospective.jsonl"), "retro.db");
    List<JsonNode> stories = stories(db);
    assertThat(stories)
        .extracting(StoriesCommandTest::documents)
        .containsExactly(Set.of("fm-in", "fm-wire"), Set.of("summit-retro"));
    // Its old summit is filed under the summit's own day, not under the day of the report.
    JsonNode retro = stories.get(1);
    assertThat(retro.get("events").findValuesAsText("date")).contains("2024-07-09");
    assertThat(stories(db, "--from", "2025-08-01")).hasSize(1);
    Run show =
        ExtractCommandTest.run(
            "stories", "show", stories.get(0).get("id").asText(), "--db", db.toString());
    assertThat(show.out())
        .contains("first report")
        .contains("joined via")
        .contains("lead similarity");
  }

  @Test
  void ingestOrderDoesNotChangeTheStories() throws Exception {
    Path input = fixture("order.jsonl");
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    List<String> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    List<String> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new java.util.Random(3));
    List<JsonNode> forward = stories(ingest(input, "forward.db"));
    for (List<String> order : List.of(reversed, shuffled)) {
      Path file = Files.write(dir.resolve("order-" + order.hashCode() + ".jsonl"), order);
      assertThat(stories(ingest(file, "order-" + order.hashCode() + ".db"))).isEqualTo(forward);
    }
    assertThat(forward).hasSize(5);
  }
}
