package org.readout.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 11: incremental, order-independent story assignment over an in-memory graph. */
class StoryAssignerTest {
  private static final LocalDate CALL = LocalDate.of(2025, 3, 4);

  static StoryFeatures doc(String id, String lead, Happening... happenings) {
    return new StoryFeatures(
        id,
        "outlet-" + id,
        CALL,
        List.of(happenings),
        LeadSignature.of(Arrays.asList(lead.toLowerCase(java.util.Locale.ROOT).split(" "))));
  }

  static Happening consult(String a, String b, LocalDate day) {
    return new Happening(a, b, "04", day);
  }

  // Five reports of one invented video call between the Chinese and Russian leaders, worded apart.
  static List<StoryFeatures> corpus() {
    LocalDate later = CALL.plusDays(7);
    return List.of(
        doc(
            "a1",
            "xi putin video call trade energy cooperation kremlin beijing",
            consult("CHNGOV", "RUSGOV", CALL),
            consult("RUSGOV", "CHNGOV", CALL)),
        doc(
            "a2",
            "putin xi spoke video link energy pipeline grain kremlin",
            consult("RUSGOV", "CHNGOV", CALL)),
        doc(
            "a3",
            "chinese leader russian counterpart video call ukraine energy xi putin",
            consult("CHNGOV", "RUSGOV", CALL)),
        doc(
            "a4",
            "beijing moscow leaders held talk video energy trade xi",
            consult("CHNGOV", "RUSGOV", CALL.plusDays(1))),
        doc(
            "a5",
            "analysis xi putin call energy trade ties deepen",
            consult("CHNGOV", "RUSGOV", CALL)),
        // A second call a week later, in the same words: another story.
        doc(
            "b1",
            "xi putin video call trade energy cooperation kremlin beijing",
            consult("CHNGOV", "RUSGOV", later)),
        // Same day and pair, but about something else and coded otherwise: no link.
        doc(
            "c1",
            "customs officials grain export quota wheat rail freight",
            new Happening("CHNGOV", "RUSBUS", "06", CALL)));
  }

  @Test
  void fiveReportsMakeOneStoryAndAWeekLaterIsAnother() {
    MemoryGraph g = new MemoryGraph();
    StoryAssigner assigner = new StoryAssigner(g, new SameHappening());
    corpus().forEach(assigner::add);
    assertThat(g.partition())
        .containsExactly(List.of("a1", "a2", "a3", "a4", "a5"), List.of("b1"), List.of("c1"));
    assertThat(g.storyOf("a3")).isEqualTo(StoryId.of(List.of("a5", "a1")));
  }

  @Test
  void ingestOrderDoesNotChangeTheStories() {
    List<List<String>> expected = null;
    Random random = new Random(7);
    for (int run = 0; run < 20; run++) {
      List<StoryFeatures> docs = new ArrayList<>(corpus());
      Collections.shuffle(docs, random);
      MemoryGraph g = new MemoryGraph();
      StoryAssigner assigner = new StoryAssigner(g, new SameHappening());
      docs.forEach(assigner::add);
      if (expected == null) {
        expected = g.partition();
        assertThat(expected)
            .isEqualTo(
                StoryClusters.components(corpus(), new SameHappening()).stream()
                    .map(c -> c.stream().map(StoryFeatures::document).toList())
                    .toList());
      }
      assertThat(g.partition()).isEqualTo(expected);
      assertThat(g.stories.keySet())
          .isEqualTo(
              expected.stream().map(StoryId::of).collect(java.util.stream.Collectors.toSet()));
    }
  }

  @Test
  void aLaterReportJoiningOneStoryIsReportedAsAJoin() {
    MemoryGraph g = new MemoryGraph();
    StoryAssigner assigner = new StoryAssigner(g, new SameHappening());
    List<StoryFeatures> docs = corpus();
    assigner.add(docs.get(1));
    StoryChange join = assigner.add(docs.get(2));
    assertThat(join.joined()).isEqualTo("a3");
    assertThat(join.dissolved()).containsExactly(StoryId.of(List.of("a2")));
    assertThat(join.formed()).containsExactly(StoryId.of(List.of("a2", "a3")));
    // An article whose id sorts first renames the story it joins.
    StoryChange renamed = assigner.add(docs.get(0));
    assertThat(renamed.joined()).isEqualTo("a1");
    assertThat(renamed.formed()).containsExactly(StoryId.of(List.of("a1")));
    assertThat(g.partition()).containsExactly(List.of("a1", "a2", "a3"));
    assertThat(assigner.add(docs.get(5)).joined()).isNull();
  }

  @Test
  void aNewArticleBridgesTwoStoriesAndLeavingSplitsThemAgain() {
    MemoryGraph g = new MemoryGraph();
    StoryAssigner assigner = new StoryAssigner(g, new SameHappening());
    // x and z share the pair but a day of slack each way from y only: x-z are two days apart.
    assigner.add(doc("x", "summit border talk river bridge", consult("INDGOV", "CHNGOV", CALL)));
    assigner.add(
        doc("z", "summit border talk river bridge", consult("INDGOV", "CHNGOV", CALL.plusDays(2))));
    assertThat(g.partition()).hasSize(2);
    StoryChange change =
        assigner.add(
            doc(
                "y",
                "summit border talk river bridge",
                consult("INDGOV", "CHNGOV", CALL),
                consult("CHNGOV", "INDGOV", CALL.plusDays(2))));
    assertThat(g.partition()).containsExactly(List.of("x", "y", "z"));
    assertThat(change.dissolved()).hasSize(2);
    assertThat(change.joined()).isNull();
    assigner.remove("y");
    g.features.remove("y");
    assertThat(g.partition()).containsExactly(List.of("x"), List.of("z"));
  }
}
