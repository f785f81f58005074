package org.readout.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryCorpusTest {
  @Test
  void membersShareSidesAndDateButNotOutletsOrWording() {
    StoryCorpus corpus = new StoryCorpus(4, 12, 5);
    for (int g = 0; g < corpus.stories(); g++) {
      List<SyntheticArticle> members =
          corpus.story(g).stream().filter(s -> s.role() == StoryRole.MEMBER).toList();
      assertThat(members).hasSize(5);
      SyntheticArticle first = members.get(0);
      assertThat(first.storyKey()).isEqualTo("story-4-" + g);
      for (SyntheticArticle m : members) {
        assertThat(m.storyKey()).isEqualTo(first.storyKey());
        assertThat(m.eventDate()).isEqualTo(first.eventDate());
        assertThat(m.sourceCountry()).isEqualTo(first.sourceCountry());
        assertThat(m.targetCountry()).isEqualTo(first.targetCountry());
        assertThat(m.family()).isEqualTo(first.family());
        assertThat(ChronoUnit.DAYS.between(m.eventDate(), m.article().date())).isBetween(0L, 2L);
      }
      assertThat(members.stream().map(SyntheticArticle::outlet).distinct()).hasSize(5);
      assertThat(members.stream().map(m -> m.article().text()).distinct()).hasSize(5);
    }
  }

  @Test
  void distractorsAreOtherStoriesOnTheSameSides() {
    StoryCorpus corpus = new StoryCorpus(4, 12, 3);
    for (int g = 0; g < corpus.stories(); g++) {
      List<SyntheticArticle> story = corpus.story(g);
      SyntheticArticle member = story.get(0);
      List<SyntheticArticle> later =
          story.stream().filter(s -> s.role() == StoryRole.LATER).toList();
      List<SyntheticArticle> old =
          story.stream().filter(s -> s.role() == StoryRole.RETROSPECTIVE).toList();
      assertThat(later).hasSizeBetween(1, 2);
      assertThat(old).hasSize(1);
      for (SyntheticArticle l : later) {
        assertThat(l.storyKey()).isEqualTo(member.storyKey() + "-later");
        assertThat(l.eventDate()).isEqualTo(member.eventDate().plusDays(7));
        assertThat(l.sourceCountry()).isEqualTo(member.sourceCountry());
        assertThat(l.family()).isEqualTo(member.family());
      }
      SyntheticArticle retro = old.get(0);
      assertThat(retro.storyKey()).isEqualTo(member.storyKey() + "-old");
      assertThat(ChronoUnit.DAYS.between(retro.eventDate(), member.eventDate()))
          .isBetween(330L, 400L);
      // Published among the story's own reports, yet about the old summit, dated in full.
      assertThat(ChronoUnit.DAYS.between(member.eventDate(), retro.article().date()))
          .isBetween(0L, 2L);
      assertThat(retro.article().text())
          .contains(DayPhrases.full(retro.eventDate()), DayPhrases.monthYear(retro.eventDate()))
          .doesNotContain("told reporters after the", "next round of talks");
    }
  }

  @Test
  void storiesAreDeterministicAndKeysAreUnique() {
    List<SyntheticArticle> a = new StoryCorpus(6, 10, 4).stream().toList();
    List<SyntheticArticle> b = new StoryCorpus(6, 10, 4).stream().toList();
    assertThat(a).isEqualTo(b);
    List<SyntheticArticle> viaIterator = new java.util.ArrayList<>();
    new StoryCorpus(6, 10, 4).forEach(viaIterator::add);
    assertThat(viaIterator).isEqualTo(a);
    Set<String> ids = a.stream().map(s -> s.article().id()).collect(Collectors.toSet());
    assertThat(ids).hasSize(a.size());
    assertThat(a.stream().map(SyntheticArticle::storyKey).distinct()).hasSize(30);
  }
}
