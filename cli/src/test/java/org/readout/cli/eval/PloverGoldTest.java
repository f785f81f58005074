package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.SharedData;
import org.readout.core.model.Span;

/** Readers of the PLOVER gold formats (issue 8), on fixtures written for this test. */
class PloverGoldTest {
  private static final Path SHARED = SharedData.path("eval", "dev", "plover");

  @Test
  void readsGoldStandardRecordsSkippingTheHeader(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gsr.json");
    Files.writeString(
        f,
        """
        [{"id": "H", "event": "DOCUMENT", "text": "header"},
         {"id": "R1", "event": "protest", "text": "Valdorian farmers marched on the ministry.",
          "source": [{"actorText": "Valdorian farmers", "code": "VALagr"}],
          "target": [{"actorText": "the ministry", "code": "JAP"}]},
         {"id": "R2", "event": "AGREE", "text": "Kestria and Morvath agreed to cooperate.",
          "source": [{"actorText": "Kestria", "code": "KES"}, {"actorText": "Morvath", "code": "MOR"}],
          "target": "", "textInfo": {"markup": "(SRC/TAR: Kestria) and (SRC/TAR: Morvath) agreed"}}]
        """,
        StandardCharsets.UTF_8);
    List<PloverGsr> gold = PloverGsr.read(f);
    assertThat(gold).extracting(PloverGsr::id).containsExactly("R1", "R2");
    PloverGsr r1 = gold.get(0);
    assertThat(r1.category()).isEqualTo("PROTEST");
    assertThat(r1.sources()).containsExactly("VAL");
    assertThat(r1.targets()).containsExactly("JPN"); // the legacy code, as ISO
    assertThat(r1.targetFits("JPN")).isTrue();
    assertThat(r1.targetFits("")).isFalse();
    PloverGsr r2 = gold.get(1);
    assertThat(r2.targets()).isEmpty();
    assertThat(r2.compound()).isTrue();
    assertThat(r2.targetFits("MOR")).isTrue();
    assertThat(r2.targetFits("")).isTrue();
    assertThat(r2.targetFits("VAL")).isFalse();
  }

  @Test
  void removesActorMarksKeepingTheirSpans() {
    PlvSentence s =
        PlvSentence.parse(
            "7",
            "<s>The Kestrian navy</s> shelled <t>Morvathi</t> boats near <t>Morvath</t>.",
            "assault",
            "x");
    assertThat(s.text()).isEqualTo("The Kestrian navy shelled Morvathi boats near Morvath.");
    assertThat(s.sources()).containsExactly(new Span(0, 17));
    assertThat(s.sources().get(0).of(s.text())).isEqualTo("The Kestrian navy");
    assertThat(s.targets()).extracting(t -> t.of(s.text())).containsExactly("Morvathi", "Morvath");
    assertThat(s.category()).isEqualTo("ASSAULT");
  }

  @Test
  void rejectsAnUnclosedMark() {
    assertThatThrownBy(
            () -> PlvSentence.parse("1", "<s>Kestria rejected the plan.", "REJECT", "f:2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f:2");
  }

  @Test
  void readsPlvColumnsByName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("plv.tsv");
    Files.writeString(
        f,
        "\tsentence_id\tmarked_sentence\tgold_root\n"
            + "0\t11\t<s>Valdoria</s> thanked <t>Kestria</t> for the aid.\tSUPPORT\n",
        StandardCharsets.UTF_8);
    List<PlvSentence> gold = PlvSentence.read(f);
    assertThat(gold).hasSize(1);
    assertThat(gold.get(0).id()).isEqualTo("11");
    assertThat(gold.get(0).targets().get(0).of(gold.get(0).text())).isEqualTo("Kestria");
  }

  @Test
  void mapsCameoCodesToBothPloverEditions() {
    assertThat(PloverCategories.V05.of("1123")).isEqualTo("DISAPPROVE");
    assertThat(PloverCategories.V2021.of("1123")).isEqualTo("ACCUSE");
    assertThat(PloverCategories.V05.of("0841")).isEqualTo("RETREAT");
    assertThat(PloverCategories.V05.of("081")).isEqualTo("CONCEDE");
    assertThat(PloverCategories.V2021.of("0841")).isEqualTo("YIELD");
    assertThat(PloverCategories.V05.of("194")).isEqualTo("FIGHT");
    assertThat(PloverCategories.V2021.of("192")).isEqualTo("COERCE");
    assertThat(PloverCategories.V2021.of("163")).isEqualTo("COERCE");
    assertThat(PloverCategories.V05.of("026")).isEqualTo("DEMAND");
    assertThat(PloverCategories.V2021.of("010")).isNull();
  }

  @Test
  void readsTheSharedDevelopmentFilesWhenPresent() throws Exception {
    Path gsr = SharedData.require(SHARED.resolve("PLOVER_GSR_CAMEO.txt"));
    Path plv = SharedData.require(SHARED.resolve("PLV_train.tsv"));
    assertThat(PloverGsr.read(gsr)).hasSize(322);
    assertThat(PlvSentence.read(plv)).hasSize(1050);
  }

  @Test
  void aRecordsCountriesPrintInOneOrderOnEveryRun() {
    // --details prints these sets; runs are compared line by line.
    PloverGsr g =
        new PloverGsr(
            "X-1",
            "text",
            "CONSULT",
            new java.util.LinkedHashSet<>(List.of("USA", "AFG", "PAK")),
            new java.util.LinkedHashSet<>(List.of("RUS", "CHN")),
            false);
    assertThat(g.sources()).containsExactly("AFG", "PAK", "USA");
    assertThat(g.targets()).containsExactly("CHN", "RUS");
  }
}
