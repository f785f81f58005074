package org.readout.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;

class FeatureExtractorTest {
  private static final String TEXT =
      "Kenya and Tanzania signed a rail accord on Friday. The talks lasted two days. "
          + "A third sentence about the weather. A fourth about nothing the lead holds.";

  private static Event event(String src, String tgt, String date) {
    return new Event("a", "b", src, tgt, "057", "05", 1, 3.4, date, new Span(0, 10), 1, 0.9);
  }

  private static AnnotatedArticle doc() {
    Article a =
        new Article(
            "k1",
            "Rail accord signed",
            TEXT,
            LocalDate.of(2025, 6, 7),
            DateSource.METADATA,
            "https://www.rail.example/k1");
    List<Sentence> sentences =
        List.of(
            new Sentence(new Span(0, 50), 0, 0),
            new Sentence(new Span(51, 77), 0, 0),
            new Sentence(new Span(78, 112), 0, 0),
            new Sentence(new Span(113, TEXT.length()), 0, 0));
    return AnnotatedArticle.of(a)
        .withAnalysis(sentences, List.of(), List.of())
        .withEvents(
            List.of(
                event("KENGOVMIL", "TZAGOV", "2025-06-06"),
                event("KENGOV", "TZAGOV", "2024"),
                event("KENGOV", null, "2025-06-06")));
  }

  @Test
  void onlyDyadicEventsWithAFullDayAreHappenings() {
    StoryFeatures f = new FeatureExtractor().features(doc());
    assertThat(f.happenings())
        .containsExactly(new Happening("KENGOV", "TZAGOV", "05", LocalDate.of(2025, 6, 6)));
    assertThat(f.outlet()).isEqualTo("rail.example");
    assertThat(f.published()).isEqualTo(LocalDate.of(2025, 6, 7));
  }

  @Test
  void theLeadIsTheTitleAndThreeSentencesWithoutFunctionWords() {
    assertThat(FeatureExtractor.shingles(doc()))
        .contains("rail", "accord", "kenya", "tanzania", "weather", "talk")
        .doesNotContain("the", "and", "fourth", "signed".substring(0, 2));
  }

  @Test
  void signaturesRoundTripAndEstimateSimilarity() {
    LeadSignature a = LeadSignature.of(List.of("rail", "accord", "kenya", "tanzania"));
    LeadSignature b = LeadSignature.of(List.of("rail", "accord", "kenya", "uganda"));
    assertThat(LeadSignature.fromBytes(a.toBytes())).isEqualTo(a);
    assertThat(a.similarity(a)).isEqualTo(1.0);
    assertThat(a.similarity(b)).isBetween(0.3, 0.9);
    assertThat(a.similarity(LeadSignature.of(List.of()))).isZero();
  }
}
