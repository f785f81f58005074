package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.DateSource;
import org.readout.core.model.Span;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;

/**
 * Datelines and the document date (issue 13): an undated article's dateline gives its date, and a
 * weekday in the lead does not move it; a dateline without a year fixes the day while the text's
 * clues choose the year.
 */
class DatelineDatesTest {
  private static AnnotatedArticle tag(String text) {
    AnnotatedArticle doc =
        new LinguisticAnalysis(new SimpleAnalyzer())
            .apply(AnnotatedArticle.of(Article.of("d", text)));
    doc = new TimeTagger().apply(doc);
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  @Test
  void aFullDatelineIsTheDateAndAWeekdayInTheLeadDoesNotCompete() {
    // 2025-03-10 is a Monday; "on Tuesday" fits a day later in the week, not the dateline's day.
    String text =
        "TOKYO, March 10, 2025 (Readout Wire) — The two premiers met on Tuesday in the old palace.";

    AnnotatedArticle doc = tag(text);

    assertThat(doc.article().date()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(doc.article().dateSource()).isEqualTo(DateSource.INFERRED);
    assertThat(doc.dateCandidates()).hasSize(1);
    assertThat(doc.dateCandidates().get(0).reason()).contains("dateline");
  }

  @Test
  void aYearlessDatelineTakesTheYearTheLeadsWeekdayFits() {
    // June 11 was a Tuesday in 2024 (Saturday three days before) and a Wednesday in 2025 (four).
    String text =
        "LONDON, June 11 (Reuters) - Britain's finance minister resigned on Saturday, months after "
            + "the 2024 budget was passed.";

    AnnotatedArticle doc = tag(text);

    assertThat(doc.article().date()).isEqualTo(LocalDate.of(2024, 6, 11));
    DateCandidate top = doc.dateCandidates().get(0);
    assertThat(top.reason()).contains("LONDON, June 11 (Reuters) -").contains("fits 'Saturday'");
    assertThat(doc.dateCandidates())
        .extracting(DateCandidate::date)
        .allMatch(d -> MonthDay.from(d).equals(MonthDay.of(6, 11)));
  }

  @Test
  void aYearlessDatelineWithNoYearInTheTextLeavesTheDateUnknown() {
    AnnotatedArticle doc = tag("SEOUL, Dec. 1 (Yonhap) North Korea fired two missiles on Monday.");

    assertThat(doc.article().date()).isNull();
    assertThat(doc.dateCandidates()).isEmpty();
  }

  @Test
  void wireDatelineNamesItsParts() {
    WireDateline d = WireDateline.find("Quiet day\n\nBEIJING, Jan. 21 (Xinhua) -- Exports rose.");

    assertThat(d).isNotNull();
    assertThat(d.agency()).isEqualTo("Xinhua");
    assertThat(d.monthDay()).isEqualTo(MonthDay.of(1, 21));
    assertThat(d.year()).isNull();
    assertThat(d.date()).isNull();
    assertThat(d.headline()).isEqualTo(new Span(0, 9));
  }
}
