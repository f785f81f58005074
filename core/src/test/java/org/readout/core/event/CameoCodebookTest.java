package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameoCodebookTest {
  private static final String HEADER = "code\tquadClass\tgoldstein\tname\n";

  @Test
  void bundledCodebookHasEveryRootAndAboutThreeHundredCodes() {
    CameoCodebook book = CameoCodebook.loadBundled();
    assertThat(book.size()).isBetween(290, 330);
    for (int r = 1; r <= 20; r++) {
      assertThat(book.contains(String.format("%02d", r))).as("root %d", r).isTrue();
    }
    assertThat(book.get("042").name()).isEqualTo("Make a visit");
    assertThat(book.get("163").goldstein()).isEqualTo(-8.0);
    assertThat(book.get("163").quadClass()).isEqualTo(4);
    assertThat(book.get("036").quadClass()).isEqualTo(1);
    assertThat(book.get("0874").goldstein()).isEqualTo(10.0);
    assertThat(book.get("1312").base()).isEqualTo("131");
    assertThat(book.get("1312").root()).isEqualTo("13");
    assertThat(book.get("999")).isNull();
  }

  @Test
  void quadClassFollowsGdeltConventionForEveryCode() {
    for (CameoCodebook.Code c : CameoCodebook.loadBundled().all()) {
      int root = Integer.parseInt(c.root());
      assertThat(c.quadClass()).as(c.code()).isEqualTo(CameoCodebook.quadClassOfRoot(root));
    }
  }

  @Test
  void rejectsWrongColumnCountWithFileAndLine() {
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "01\t1\t0.0\n", "book.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("book.tsv:2: expected 4 tab-separated columns");
  }

  @Test
  void rejectsQuadClassThatDoesNotFitRoot() {
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "# c\n19\t1\t-10\tFight\n", "b.tsv"))
        .hasMessageStartingWith("b.tsv:3: QuadClass 1 does not fit root 19");
  }

  @Test
  void rejectsBadCodesValuesAndDuplicates() {
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "0x1\t1\t0\tX\n", "b"))
        .hasMessageContaining("b:2: bad CAMEO code");
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "21\t4\t0\tX\n", "b"))
        .hasMessageContaining("outside 01-20");
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "01\t1\tabc\tX\n", "b"))
        .hasMessageContaining("bad Goldstein");
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "01\t1\t11\tX\n", "b"))
        .hasMessageContaining("outside -10..10");
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "01\t1\t0\tX\n01\t1\t0\tY\n", "b"))
        .hasMessageContaining("b:3: duplicate code 01");
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "0111\t1\t0\tX\n", "b"))
        .hasMessageContaining("before its parent");
  }

  @Test
  void rejectsMissingRootCategory() {
    assertThatThrownBy(() -> CameoCodebook.parse(HEADER + "01\t1\t0\tStatement\n", "b"))
        .hasMessageContaining("b: root category 02 missing");
  }
}
