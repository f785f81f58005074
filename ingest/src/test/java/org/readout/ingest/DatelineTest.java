package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Span;

class DatelineTest {

  @Test
  void findsCityDateAgencyAndDash() {
    String text = "TOKYO, March 12, 2025 (Readout Wire) — The leaders met.";

    Dateline d = Dateline.find(text);

    assertThat(d).isNotNull();
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(d.span()).isEqualTo(new Span(0, text.indexOf("—") + 1));
    assertThat(d.headline()).isNull();
  }

  @Test
  void acceptsRegionAbbreviatedMonthsAndAsciiDashes() {
    assertThat(Dateline.find("NAIROBI, Kenya, Sept. 20, 2025 -- Police said.").date())
        .isEqualTo(LocalDate.of(2025, 9, 20));
    assertThat(Dateline.find("ST. PETERSBURG, Fla., Dec. 1, 2024 - Rain fell.").date())
        .isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(Dateline.find("SÃO PAULO, May 5, 2024 – Markets rose.").date())
        .isEqualTo(LocalDate.of(2024, 5, 5));
  }

  @Test
  void findsDatelineBelowAOneLineHeadline() {
    String text = "  Headline here  \n\nBERLIN, January 7, 2025 (Readout Wire) — Text.";

    Dateline d = Dateline.find(text);

    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 1, 7));
    assertThat(d.headline()).isEqualTo(new Span(2, text.indexOf("here") + 4));
    assertThat(d.span().start()).isEqualTo(text.indexOf("BERLIN"));
  }

  @Test
  void ignoresTextThatIsNotADateline() {
    assertThat(Dateline.find("Tokyo, March 12, 2025 — mixed-case city.")).isNull();
    assertThat(Dateline.find("TOKYO, Smarch 12, 2025 — no such month.")).isNull();
    assertThat(Dateline.find("TOKYO, February 30, 2025 — no such day.")).isNull();
    assertThat(Dateline.find("One.\nTwo.\nROME, May 1, 2025 — third line.")).isNull();
    assertThat(Dateline.find("ROME — a city alone is no dateline.")).isNull();
    assertThat(Dateline.find("TOKYO, March 12 the leaders met without a dash.")).isNull();
    assertThat(Dateline.find("I (the author) think so.")).isNull();
    assertThat(Dateline.find("")).isNull();
    assertThat(Dateline.find(" \n\n ")).isNull();
  }

  /** Issue 13: the wire formats without a year, without a date, or without a dash. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      LONDON, June 11 (Reuters) - Britain's finance minister resigned. | LONDON, June 11 (Reuters) - | Reuters | 6  | 11
      LONDON (AP) — The bridge reopened after repairs.                 | LONDON (AP) —               | AP      | 0  | 0
      BEIJING, Jan. 21 (Xinhua) -- Exports rose in December.           | BEIJING, Jan. 21 (Xinhua) -- | Xinhua | 1  | 21
      SEOUL, Dec. 1 (Yonhap) North Korea fired two missiles.           | SEOUL, Dec. 1 (Yonhap)      | Yonhap  | 12 | 1
      WELLINGTON, New Zealand (AP) _ The cabinet met.                  | WELLINGTON, New Zealand (AP) _ | AP   | 0  | 0
      """)
  void findsAgencyAndDayOfWireDatelines(
      String text, String dateline, String agency, int month, int day) {
    Dateline d = Dateline.find(text);

    assertThat(d).isNotNull();
    assertThat(d.span()).isEqualTo(new Span(0, dateline.length()));
    assertThat(d.agency()).isEqualTo(agency);
    assertThat(d.date()).isNull();
    assertThat(d.monthDay()).isEqualTo(month == 0 ? null : MonthDay.of(month, day));
  }

  @Test
  void aDatelineWithoutAYearTakesTheYearNearestTheGivenDate() {
    Dateline june = Dateline.find("LONDON, June 11 (Reuters) - Talks resumed.");
    Dateline december = Dateline.find("SEOUL, Dec. 31 (Yonhap) -- Snow fell.");

    assertThat(june.dateNear(LocalDate.of(2025, 6, 12))).isEqualTo(LocalDate.of(2025, 6, 11));
    assertThat(december.dateNear(LocalDate.of(2025, 1, 2))).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(Dateline.find("LONDON (AP) — x").dateNear(LocalDate.of(2025, 1, 2))).isNull();
  }

  @Test
  void documentDateFromAYearlessDatelineNeedsAGivenDateAndMetadataStillWins() {
    String text = "LONDON, June 11 (Reuters) - Britain's finance minister resigned on Tuesday.";
    ReadOptions given = ReadOptions.defaults().withDefaultDate(LocalDate.of(2025, 6, 12));

    Article fromDateline = parse(text, null, given);
    Article undated = parse(text, null, ReadOptions.defaults());
    Article fromMetadata = parse(text, LocalDate.of(2025, 6, 10), given);

    assertThat(fromDateline.date()).isEqualTo(LocalDate.of(2025, 6, 11));
    assertThat(fromDateline.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(undated.date()).isNull(); // the time stage infers the year from the text
    assertThat(fromMetadata.date()).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(fromMetadata.dateSource()).isEqualTo(DateSource.METADATA);
  }

  private static Article parse(String text, LocalDate metadata, ReadOptions options) {
    return DocumentParser.article(
            "d", "d", text, null, metadata, null, null, new ArrayList<>(), options, true)
        .article();
  }

  @Test
  void hostileFirstLinesAreRejectedQuickly() {
    String caps = "A".repeat(200_000) + ", , , ";
    String commas = "ROME" + ", Rome".repeat(50_000);

    assertThat(Dateline.find(caps)).isNull();
    assertThat(Dateline.find(commas)).isNull();
  }
}
