package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
    assertThat(Dateline.find("TOKYO, March 12 (Readout Wire) — no year.")).isNull();
    assertThat(Dateline.find("TOKYO, Smarch 12, 2025 — no such month.")).isNull();
    assertThat(Dateline.find("TOKYO, February 30, 2025 — no such day.")).isNull();
    assertThat(Dateline.find("One.\nTwo.\nROME, May 1, 2025 — third line.")).isNull();
    assertThat(Dateline.find("")).isNull();
    assertThat(Dateline.find(" \n\n ")).isNull();
  }

  @Test
  void hostileFirstLinesAreRejectedQuickly() {
    String caps = "A".repeat(200_000) + ", , , ";
    String commas = "ROME" + ", Rome".repeat(50_000);

    assertThat(Dateline.find(caps)).isNull();
    assertThat(Dateline.find(commas)).isNull();
  }
}
