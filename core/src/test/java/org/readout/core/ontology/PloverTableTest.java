package org.readout.core.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readout.core.event.CameoCodebook;
import org.readout.core.ontology.PloverTable.PloverType;

/** The bundled CAMEO-to-PLOVER table and its validation (issue 8). */
class PloverTableTest {
  private static final CameoCodebook CODEBOOK = CameoCodebook.loadBundled();
  private static final PloverTable TABLE = PloverTable.loadBundled();
  private static final String HEADER = "code\tcategory\tmode\n";

  @Test
  void mapsEveryCodebookCodeToAKnownCategoryOrStatementsToNone() {
    assertThat(TABLE.codes()).hasSize(CODEBOOK.size());
    Set<String> used = new HashSet<>();
    for (CameoCodebook.Code c : CODEBOOK.all()) {
      PloverType t = TABLE.of(c.code());
      if (c.root().equals("01")) {
        assertThat(t).as(c.code()).isNull();
      } else {
        assertThat(t).as(c.code()).isNotNull();
        assertThat(PloverTable.CATEGORIES).contains(t.category());
        used.add(t.category());
      }
    }
    // Every category is reachable from some CAMEO code.
    assertThat(used).isEqualTo(PloverTable.CATEGORIES);
  }

  @Test
  void givesCategoryAndModeOfSpecificCodes() {
    assertThat(TABLE.of("141")).isEqualTo(new PloverType("PROTEST", "demo"));
    assertThat(TABLE.of("145")).isEqualTo(new PloverType("PROTEST", "riot"));
    assertThat(TABLE.of("042")).isEqualTo(new PloverType("CONSULT", "visit"));
    assertThat(TABLE.of("040")).isEqualTo(new PloverType("CONSULT", null));
    assertThat(TABLE.of("195")).isEqualTo(new PloverType("ASSAULT", "heavy-weapons"));
    assertThat(TABLE.of("173")).isEqualTo(new PloverType("COERCE", "arrest"));
    // PLOVER moves a few codes across CAMEO roots.
    assertThat(TABLE.of("163")).isEqualTo(new PloverType("COERCE", "restrict"));
    assertThat(TABLE.of("1712").category()).isEqualTo("ASSAULT");
    assertThat(TABLE.of("192")).isEqualTo(new PloverType("COERCE", "seize"));
    // Appeals are requests with their demand twin's mode; 08 is YIELD.
    assertThat(TABLE.of("0256")).isEqualTo(new PloverType("REQUEST", "yield"));
    assertThat(TABLE.of("1056")).isEqualTo(new PloverType("REQUEST", "yield"));
    assertThat(TABLE.of("0871")).isEqualTo(new PloverType("YIELD", "ceasefire"));
    assertThat(TABLE.of("010")).isNull();
  }

  @Test
  void aCodeTheTableLacksTakesItsParentsType() {
    assertThat(TABLE.of("14511")).isEqualTo(TABLE.of("1451"));
    assertThat(TABLE.of("99")).isNull();
    assertThat(TABLE.of("")).isNull();
  }

  @Test
  void listsTheCodesOfOneCategory() {
    assertThat(TABLE.codesOf("PROTEST")).startsWith("14", "140", "141").hasSize(27);
    assertThat(TABLE.codesOf("COERCE")).contains("163", "191", "192").doesNotContain("1712");
    assertThat(TABLE.codesOf("NONE")).isEmpty();
  }

  @Test
  void rejectsBadTablesNamingTheLine() {
    CameoCodebook tiny = CameoCodebook.loadBundled();
    assertThatThrownBy(
            () -> PloverTable.parse(HEADER + "141\tPROTEST\tdemo\n141\tPROTEST\t-\n", "t", tiny))
        .hasMessageContaining("t:3: duplicate code 141");
    assertThatThrownBy(() -> PloverTable.parse(HEADER + "141\tPROTST\tdemo\n", "t", tiny))
        .hasMessageContaining("t:2: unknown PLOVER category 'PROTST'");
    assertThatThrownBy(() -> PloverTable.parse(HEADER + "999\tPROTEST\t-\n", "t", tiny))
        .hasMessageContaining("t:2: code '999' is not in the codebook");
    assertThatThrownBy(() -> PloverTable.parse(HEADER + "141\t-\t-\n", "t", tiny))
        .hasMessageContaining("t:2: code 141 needs a category");
    assertThatThrownBy(() -> PloverTable.parse(HEADER + "010\tSUPPORT\t-\n", "t", tiny))
        .hasMessageContaining("t:2: statements (01) have no PLOVER category");
    assertThatThrownBy(() -> PloverTable.parse(HEADER + "141\tPROTEST\tDemo!\n", "t", tiny))
        .hasMessageContaining("t:2: bad mode 'Demo!'");
    assertThatThrownBy(() -> PloverTable.parse(HEADER + "141\tPROTEST\n", "t", tiny))
        .hasMessageContaining("t:2: expected 3 tab-separated columns, found 2");
    assertThatThrownBy(() -> PloverTable.parse(HEADER + "141\tPROTEST\tdemo\n", "t", tiny))
        .hasMessageStartingWith("t: codes not mapped: [01, 010");
  }
}
