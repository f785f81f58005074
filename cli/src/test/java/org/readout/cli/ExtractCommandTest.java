package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout extract} end to end, in process. */
public class ExtractCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  public record Run(int code, String out, String err) {}

  @BeforeAll
  static void load() {
    TestPipelines.standard();
  }

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static List<JsonNode> lines(String jsonl) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  @Test
  void writesActorsWithOffsetsAndTheGivenDate(@TempDir Path dir) throws Exception {
    String text =
        "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing on Monday.\n";
    Path f = dir.resolve("visit.txt");
    Files.writeString(f, text);
    Run r =
        run("extract", "--format", "jsonl", "--date", "2025-04-23", "--include-text", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = lines(r.out()).get(0);
    assertThat(doc.get("id").asText()).isEqualTo(f.toString());
    assertThat(doc.get("date").asText()).isEqualTo("2025-04-23");
    assertThat(doc.get("dateSource").asText()).isEqualTo("given");
    assertThat(doc.get("text").asText()).isEqualTo(text);
    JsonNode xi = find(doc.get("actors"), "person/xi-jinping");
    assertThat(xi.get("code").asText()).isEqualTo("CHNGOV");
    assertThat(xi.get("kind").asText()).isEqualTo("person");
    JsonNode m = xi.get("mentions").get(0);
    assertThat(m.get("start").asInt()).isEqualTo(text.indexOf("Xi Jinping"));
    assertThat(m.get("end").asInt()).isEqualTo(text.indexOf("Xi Jinping") + "Xi Jinping".length());
    assertThat(m.get("text").asText()).isEqualTo("Xi Jinping");
    assertThat(find(doc.get("actors"), "person/william-ruto").get("code").asText())
        .isEqualTo("KENGOV");
    assertThat(
            find(doc.get("actors"), "government/CHN").get("mentions").get(0).get("text").asText())
        .isEqualTo("Beijing");
    for (String field : List.of("quotes", "times", "events", "flags")) {
      assertThat(doc.get(field).isArray()).as(field).isTrue();
    }
  }

  @Test
  void badDocumentsGetErrorsAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-empty.txt"), "   \n");
    Files.write(dir.resolve("b-binary.txt"), new byte[] {'a', 0, 1, 2, 3, 'b'});
    Files.write(
        dir.resolve("c-latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        dir.resolve("d-good.txt"), "Japanese Prime Minister Shigeru Ishiba visited Manila.");
    Files.writeString(
        dir.resolve("e-lines.jsonl"),
        "{\"id\":\"x1\",\"text\":\"Putin spoke.\"}\n{not json\n{\"id\":\"x3\",\"text\":\"Modi spoke.\"}\n");
    Run r =
        run(
            "extract",
            "--format",
            "jsonl",
            "--date",
            "2025-02-01",
            dir.toString(),
            dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    List<JsonNode> docs = lines(r.out());
    assertThat(docs).hasSize(8);
    assertThat(docs.get(0).get("error").asText())
        .contains("a-empty.txt")
        .containsIgnoringCase("empty");
    assertThat(docs.get(1).get("error").asText()).containsIgnoringCase("binary");
    // Not UTF-8 and no control bytes: read as windows-1252 with a warning (issue 13).
    assertThat(docs.get(2).has("error")).isFalse();
    assertThat(docs.get(3).has("error")).isFalse();
    assertThat(docs.get(3).get("actors").toString()).contains("JPNGOV");
    assertThat(docs.get(4).get("id").asText()).isEqualTo("x1");
    assertThat(docs.get(5).get("error").asText()).containsIgnoringCase("JSON");
    assertThat(docs.get(6).get("id").asText()).isEqualTo("x3");
    assertThat(docs.get(7).get("error").asText()).contains("missing.txt");
    assertThat(r.err()).contains("a-empty.txt", "missing.txt");
    assertThat(r.err())
        .contains(
            "readout: warning: "
                + dir.resolve("c-latin1.txt")
                + ": not valid UTF-8 at byte 3: read as windows-1252");
  }

  @Test
  void jsonFormatIsOneArrayAndTextFormatIsReadable(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("n.txt");
    Files.writeString(
        f, "NATO Secretary General Mark Rutte met Polish President Andrzej Duda in Warsaw.");
    Run json = run("extract", "--date", "2024-11-20", f.toString(), f.toString());
    assertThat(json.code()).isZero();
    JsonNode arr = JSON.readTree(json.out());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr).hasSize(2);
    Run text = run("extract", "--format", "text", "--date", "2024-11-20", f.toString());
    assertThat(text.out()).contains("== " + f, "date: 2024-11-20 (given)", "Andrzej Duda");
  }

  @Test
  void readsStandardInput() throws Exception {
    java.io.InputStream saved = System.in;
    try {
      String text = "South African President Cyril Ramaphosa addressed parliament in Cape Town.";
      System.setIn(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      Run r = run("extract", "--format", "jsonl", "--date", "2025-02-06", "-");
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode doc = lines(r.out()).get(0);
      assertThat(doc.get("id").asText()).isEqualTo("-");
      JsonNode ramaphosa = find(doc.get("actors"), "person/cyril-ramaphosa");
      assertThat(ramaphosa.get("code").asText()).isEqualTo("ZAFGOV");
      assertThat(ramaphosa.get("mentions").get(0).get("start").asInt())
          .isEqualTo(text.indexOf("Cyril Ramaphosa"));
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void gdeltRowsAreTheSameOnEveryRunWithTheDocumentDateAsDateAdded(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("talks.txt");
    Files.writeString(
        file, "India and Japan signed a defence agreement on Tuesday, officials said.\n");
    Run first = run("extract", "--format", "gdelt", "--date", "2025-03-12", file.toString());
    Run second = run("extract", "--format", "gdelt", "--date", "2025-03-12", file.toString());
    assertThat(first.out()).isNotBlank().isEqualTo(second.out());
    assertThat(first.out().lines().findFirst().orElseThrow().split("\t", -1)[59])
        .isEqualTo("20250312000000");
    // AvgTone is empty, not a neutral 0: Readout measures no tone.
    assertThat(first.out().lines().findFirst().orElseThrow().split("\t", -1)[34]).isEmpty();
    Run headed =
        run("extract", "--format", "gdelt", "--header", "--date", "2025-03-12", file.toString());
    assertThat(headed.out().lines().findFirst().orElseThrow())
        .startsWith("GLOBALEVENTID\tSQLDATE\tMonthYear")
        .endsWith("\tEvidenceStart\tEvidenceEnd\tDocumentId");
    assertThat(headed.out().lines().skip(1).toList()).isEqualTo(first.out().lines().toList());
  }

  @Test
  void gdeltMentionsRowsCarryOffsetsConfidenceAndTheEventsId(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("talks.txt");
    String text = "India and Japan signed a defence agreement on Tuesday, officials said.\n";
    Files.writeString(file, text);
    Run events = run("extract", "--format", "gdelt", "--date", "2025-03-12", file.toString());
    Run mentions =
        run(
            "extract",
            "--format",
            "gdelt-mentions",
            "--header",
            "--date",
            "2025-03-12",
            file.toString());
    assertThat(mentions.code()).as(mentions.err()).isZero();
    List<String> lines = mentions.out().lines().toList();
    assertThat(lines.get(0)).startsWith("GlobalEventID\tEventTimeDate\tMentionTimeDate");
    assertThat((long) lines.size()).isEqualTo(1 + events.out().lines().count());
    String[] india = null;
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split("\t", -1);
      assertThat(events.out()).contains(c[0] + "\t");
      if (c[7].equals("0")) {
        india = c;
      }
    }
    assertThat(india).as("a row whose Actor1 is 'India' at offset 0").isNotNull();
    assertThat(india[1]).isEqualTo("20250312000000");
    assertThat(india[6]).isEqualTo("1"); // SentenceID
    assertThat(india[8]).isEqualTo(Integer.toString(text.indexOf("Japan")));
    assertThat(india[9]).isEqualTo(Integer.toString(text.indexOf("signed")));
    assertThat(india[10]).isEqualTo("1"); // InRawText: both named
    assertThat(Integer.parseInt(india[11])).isBetween(10, 100); // Confidence, percent
    assertThat(india[12]).isEqualTo(Integer.toString(text.length()));
    assertThat(run("extract", "--format", "gdelt-events", file.toString()).code()).isEqualTo(2);
  }

  @Test
  void aBadJsonlLineIsNamedOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, "{\"id\":\"j2\",\"text\":12345}\n");
    Run r = run("extract", "--format", "jsonl", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.contains("must be a string")).toList())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("readout: " + file + " line 1 (j2): "));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("extract").code()).isEqualTo(2);
    assertThat(run("extract", "--date", "yesterday", "x.txt").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void aUsersOwnActorFileAddsPeopleWithoutARebuild(@TempDir Path dir) throws Exception {
    String text =
        "Polish Foreign Minister Ines Kowal met Kenyan President William Ruto on Monday.\n";
    Path f = dir.resolve("visit.txt");
    Files.writeString(f, text);
    Path mine = dir.resolve("newsroom-people.tsv");
    Files.writeString(
        mine,
        "id\tname\tshort\taliases\tgender\tcountry\trole\tcode\tstart\tend\n"
            + "ines-kowal\tInes Kowal\tKowal\t\tf\tPOL\tforeign minister\tPOLGOV\t2025-02-01\t\n");
    Run without = run("extract", "--format", "jsonl", "--date", "2025-04-21", f.toString());
    assertThat(without.out()).doesNotContain("person/ines-kowal");
    Run with =
        run(
            "extract",
            "--format",
            "jsonl",
            "--date",
            "2025-04-21",
            "--actors",
            mine.toString(),
            f.toString());
    assertThat(with.code()).as(with.err()).isZero();
    JsonNode kowal = find(lines(with.out()).get(0).get("actors"), "person/ines-kowal");
    assertThat(kowal.get("code").asText()).isEqualTo("POLGOV");
    assertThat(kowal.get("mentions").get(0).get("start").asInt()).isEqualTo(text.indexOf("Ines"));

    // A bad line is a usage error naming the file and line, before any document is read.
    Files.writeString(mine, Files.readString(mine).replace("POL\tforeign", "PLX\tforeign"));
    Run bad = run("extract", "--actors", mine.toString(), f.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("readout: --actors " + mine + ":2: unknown country code PLX");
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void textInAnotherLanguageIsSkippedOutLoudWithItsLanguage(@TempDir Path dir) throws Exception {
    Path ja = dir.resolve("ja.txt");
    Files.writeString(ja, "首相は十七日、韓国の大統領と電話で会談し、経済協力について話し合った。");
    Path en = dir.resolve("en.txt");
    Files.writeString(en, "Japan's prime minister spoke with South Korea's president on Monday.");
    Path caps = dir.resolve("caps.txt");
    Files.writeString(caps, "JAPAN'S PRIME MINISTER SPOKE WITH SOUTH KOREA'S PRESIDENT ON MONDAY.");
    Run r =
        run(
            "extract",
            "--format",
            "jsonl",
            "--date",
            "2025-03-03",
            ja.toString(),
            en.toString(),
            caps.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> docs = lines(r.out());
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).get("language").asText()).isEqualTo("ja");
    assertThat(docs.get(0).get("skipped").asText()).isEqualTo("not English");
    assertThat(docs.get(0).has("actors")).isFalse();
    assertThat(docs.get(1).get("language").asText()).isEqualTo("en");
    assertThat(r.err()).contains(ja + ": not English (ja: ").contains("): skipped");
    assertThat(r.err()).contains("warning: " + caps + ": the text has no letter case");
    assertThat(r.err()).doesNotContain("warning: " + en);
  }

  @Test
  void everyBadFlagValueIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Kenya's president met Japan's prime minister in Nairobi.");
    String[][] bad = {
      {"--max-bytes", "-5"}, {"--threads", "0"}, {"--threads", "-3"},
      {"--date", "2025-13-01"}, {"--doc-timeout", "-1"}, {"--format", "yaml"}
    };
    for (String[] flag : bad) {
      Run r = run("extract", flag[0], flag[1], file.toString());
      assertThat(r.code()).as("%s %s", flag[0], flag[1]).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      String first = r.err().lines().findFirst().orElseThrow();
      assertThat(first).startsWith("readout: ").contains(flag[1]).doesNotContain("java.");
      assertThat(r.err().lines().count()).isEqualTo(2); // the error, then "Try ... --help"
    }
    // The case of a format name is no reason to refuse it.
    Run upper = run("extract", "--format", "JSONL", file.toString());
    assertThat(upper.code()).isZero();
    assertThat(lines(upper.out())).hasSize(1);
  }

  static JsonNode find(JsonNode actors, String id) {
    for (JsonNode a : actors) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no actor " + id + " in " + actors);
  }
}
