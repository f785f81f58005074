package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.DateSource;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;

/** Document-date inference from an article's own evidence (issue 4). */
class DocumentDateInferenceTest {
  private static final ActorDictionary DICTIONARY =
      new ActorDictionary(
          List.of(),
          List.of(),
          List.of(
              new ActorDictionary.Person(
                  "donald-trump",
                  "Donald Trump",
                  "Trump",
                  List.of(),
                  "m",
                  "USA",
                  List.of(
                      new ActorDictionary.Term(
                          "president",
                          "USAGOV",
                          LocalDate.of(2017, 1, 20),
                          LocalDate.of(2021, 1, 20)),
                      new ActorDictionary.Term(
                          "president", "USAGOV", LocalDate.of(2025, 1, 20), null)))),
          List.of());

  private static AnnotatedArticle tag(String text) {
    AnnotatedArticle doc =
        new LinguisticAnalysis(new SimpleAnalyzer())
            .apply(AnnotatedArticle.of(Article.of("d", text)));
    doc = new TimeTagger(DICTIONARY).apply(doc);
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  @Test
  void inaugurationOrdinalAndHolidayGiveBothFittingYearsAndSaySo() {
    String text =
        "The premiers of Norland and Sudmark held a video call on the 21st, shortly after the inauguration "
            + "of U.S. President Donald Trump.\nOne premier noted that the Lunar New Year was just a few days away.";
    AnnotatedArticle doc = tag(text);
    assertThat(doc.dateCandidates())
        .extracting(DateCandidate::date)
        .contains(LocalDate.of(2025, 1, 21), LocalDate.of(2017, 1, 21));
    DateCandidate top = doc.dateCandidates().get(0);
    assertThat(top.date()).isEqualTo(LocalDate.of(2025, 1, 21));
    assertThat(top.reason())
        .contains("Donald Trump")
        .contains("'the 21st'")
        .contains("2025-01-29")
        .contains("equally consistent with 2017-01-21");
    assertThat(doc.article().date()).isEqualTo(LocalDate.of(2025, 1, 21));
    assertThat(doc.article().dateSource()).isEqualTo(DateSource.INFERRED);
    // With the inferred date, the open dates resolve.
    assertThat(TimeTaggerTest.timeAt(doc, "the 21st").value()).isEqualTo("2025-01-21");
    assertThat(TimeTaggerTest.timeAt(doc, "Lunar New Year").value()).isEqualTo("2025-01-29");
  }

  @Test
  void aWeekdayThatDoesNotFitLowersAnAnchorsScore() {
    String text =
        "The report published on March 3, 2025, drew criticism.\nThe minister replied on Thursday.";
    AnnotatedArticle doc = tag(text);
    DateCandidate top = doc.dateCandidates().get(0);
    // March 3, 2025 is a Monday; the first day after it with a Thursday in the past week is March
    // 6.
    assertThat(top.date()).isEqualTo(LocalDate.of(2025, 3, 6));
    assertThat(top.reason())
        .contains("'March 3, 2025' is stated in full")
        .contains("fits 'Thursday'");
  }

  @Test
  void noEvidenceLeavesTheDateUnknown() {
    AnnotatedArticle doc = tag("The minister replied on Thursday to the critics.");
    assertThat(doc.dateCandidates()).isEmpty();
    assertThat(doc.article().date()).isNull();
    assertThat(doc.article().dateSource()).isEqualTo(DateSource.NONE);
  }

  @Test
  void aGivenDateIsNeverReplaced() {
    Article a =
        new Article(
            "d",
            null,
            "The talks ended on the 21st, after the inauguration of Donald Trump.",
            LocalDate.of(2025, 2, 2),
            DateSource.GIVEN,
            null);
    AnnotatedArticle doc =
        new TimeTagger(DICTIONARY)
            .apply(new LinguisticAnalysis(new SimpleAnalyzer()).apply(AnnotatedArticle.of(a)));
    assertThat(doc.article().date()).isEqualTo(LocalDate.of(2025, 2, 2));
    assertThat(doc.dateCandidates()).isEmpty();
  }
}
