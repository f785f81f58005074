package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readout.cli.SharedData;
import org.readout.core.event.CameoCodebook;
import org.readout.core.ontology.PloverTable;
import org.readout.core.ontology.PloverTable.PloverType;

/**
 * Core's CAMEO-to-PLOVER table (which the scorer's {@link PloverCategories#V2021} reads) against
 * PLOVER's own Draft 0.8 conversion table, where the shared development folder has it.
 */
class PloverTableAgreementTest {
  private static final PloverTable TABLE = PloverTable.loadBundled();
  private static final CameoCodebook CODEBOOK = CameoCodebook.loadBundled();

  /**
   * PLOVER's conversion table (CC BY-SA 4.0; read where it lies, never copied): the same category
   * and mode for every code it lists, but for the documented differences: 08 is YIELD where it says
   * CONCEDE or RETREAT, and its 175 mode column holds a context.
   */
  @Test
  void agreesWithPloversDraftConversionTableButForTheDocumentedDifferences() throws Exception {
    Path file =
        SharedData.require(SharedData.path("eval", "dev", "plover", "CAMEO2PLOVER-2021.txt"));
    Pattern line = Pattern.compile("^(\\d{3,4}):\\s*([A-Z]+)\\s*,([^,#]*)");
    Map<String, String[]> draft = new LinkedHashMap<>();
    for (String l : Files.readAllLines(file)) {
      Matcher m = line.matcher(l);
      if (m.find()) {
        draft.putIfAbsent(m.group(1), new String[] {m.group(2), m.group(3).strip()});
      }
    }
    assertThat(draft).hasSizeGreaterThan(250);
    List<String> disagree = new ArrayList<>();
    for (Map.Entry<String, String[]> d : draft.entrySet()) {
      String code = d.getKey();
      if (!CODEBOOK.contains(code)) {
        continue; // 1213 and 1214 are not CAMEO 1.1b3 codes
      }
      PloverType t = TABLE.of(code);
      String category = d.getValue()[0];
      String mode = d.getValue()[1].isEmpty() ? null : d.getValue()[1];
      boolean yield =
          code.startsWith("08") && (category.equals("CONCEDE") || category.equals("RETREAT"));
      if (!(yield ? "YIELD" : category).equals(t.category())) {
        disagree.add(code + " category " + t.category() + " vs " + category);
      }
      if (!code.equals("175") && !java.util.Objects.equals(mode, t.mode())) {
        disagree.add(code + " mode " + t.mode() + " vs " + mode);
      }
    }
    assertThat(disagree).isEmpty();
  }
}
