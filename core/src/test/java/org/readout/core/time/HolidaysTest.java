package org.readout.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holiday dates computed from calendar rules, checked against published dates. */
class HolidaysTest {
  private static final Holidays HOLIDAYS = new Holidays();

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "lunar-new-year, , 2025, 2025-01-29",
    "lunar-new-year, , 2017, 2017-01-28",
    "lunar-new-year, , 2024, 2024-02-10",
    "mid-autumn, , 2024, 2024-09-17",
    "easter, , 2025, 2025-04-20",
    "easter, , 2024, 2024-03-31",
    "orthodox-easter, , 2024, 2024-05-05",
    "orthodox-easter, , 2023, 2023-04-16",
    "good-friday, , 2024, 2024-03-29",
    "ramadan, , 2024, 2024-03-11",
    "eid-al-fitr, , 2024, 2024-04-10",
    "eid-al-adha, , 2024, 2024-06-16",
    "passover, , 2024, 2024-04-23",
    "rosh-hashanah, , 2024, 2024-10-03",
    "yom-kippur, , 2024, 2024-10-12",
    "thanksgiving, , 2024, 2024-11-28",
    "thanksgiving, CAN, 2024, 2024-10-14",
    "memorial, , 2024, 2024-05-27",
    "election, , 2024, 2024-11-05",
    "victory, , 2025, 2025-05-09",
    "victory, CHN, 2025, 2025-09-03",
    "vj-day, , 2025, 2025-09-03",
    "national, , 2025, 2025-10-01",
    "independence, IND, 2025, 2025-08-15"
  })
  void computesDates(String key, String country, int year, LocalDate expected) {
    assertThat(HOLIDAYS.dates(key, country, year)).first().isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2030", "1997"})
  void aLunarHolidayCanFallTwiceInOneYear(int year) {
    assertThat(HOLIDAYS.dates("ramadan", null, year))
        .hasSizeBetween(1, 2)
        .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(year));
  }
}
