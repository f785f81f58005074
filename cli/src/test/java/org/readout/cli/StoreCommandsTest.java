package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.ExtractCommandTest.Run;

/**
 * {@code readout ingest} into a real SQLite file and every query command over it (issue 10). The
 * articles are written for this test.
 */
class StoreCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String CALL =
      "South Korean President Lee Jae-myung held a video call with Japanese Prime"
          + " Minister Sanae Takaichi on Tuesday, his office said.\n\n"
          + "\"We agreed to keep our shuttle diplomacy going,\" Lee told reporters after the call.\n\n"
          + "Takaichi said that Tokyo would send a trade delegation to Seoul in January.";

  static final String SANCTIONS =
      "The European Union imposed fresh sanctions on Belarus on Monday over the jailing of"
          + " opposition figures.\n\n"
          + "\"Repression has a price,\" the EU's foreign policy chief said in a statement.";

  @TempDir static Path dir;
  static Path db;
  static Path corpus;

  @BeforeAll
  static void ingest() throws Exception {
    TestPipelines.standard();
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("feed.jsonl"),
        line("call-dec", CALL, "2025-12-03", "https://www.asia-wire.example/call")
            + line("belarus", SANCTIONS, "2025-02-24", "https://eu-desk.example/belarus"));
    Files.writeString(corpus.resolve("empty.txt"), "");
    db = dir.resolve("readout.db");
    Run first = ExtractCommandTest.run("ingest", "--db", db.toString(), corpus.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(1); // empty.txt is refused, the rest stored
    assertThat(first.err())
        .contains("empty.txt: empty document")
        .contains("3 read, 2 new, 0 unchanged, 0 replaced, 0 skipped, 1 failed")
        .contains("failed 1: empty document");
  }

  static String line(String id, String text, String date, String url) throws Exception {
    return JSON.writeValueAsString(
            JSON.createObjectNode()
                .put("id", id)
                .put("text", text)
                .put("date", date)
                .put("url", url)
                .put("title", "Title of " + id))
        + "\n";
  }

  static Run query(String... args) {
    String[] full = new String[args.length + 2];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--db";
    full[args.length + 1] = db.toString();
    return ExtractCommandTest.run(full);
  }

  @Test
  void aSecondIngestOfTheSameFilesChangesNothing() throws Exception {
    long size = Files.size(db);
    Run again = ExtractCommandTest.run("ingest", "--db", db.toString(), corpus.toString());
    assertThat(again.err()).contains("3 read, 0 new, 2 unchanged, 0 replaced, 0 skipped, 1 failed");
    assertThat(query("documents", "--format", "jsonl").out().lines()).hasSize(2);
    assertThat(Files.size(db)).isEqualTo(size);
  }

  @Test
  void eventsBetweenTwoActorsNameTheirDocumentAndOffsets() throws Exception {
    Run r = query("events", "--actor", "South Korea", "--with", "Japan", "--format", "jsonl");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> rows = ExtractCommandTest.lines(r.out());
    assertThat(rows).isNotEmpty();
    JsonNode call =
        rows.stream()
            .filter(e -> e.get("sourceCode").asText().equals("KORGOV"))
            .filter(e -> e.get("code").asText().startsWith("04"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.out()));
    assertThat(call.get("document").asText()).isEqualTo("call-dec");
    assertThat(call.get("targetCode").asText()).isEqualTo("JPNGOV");
    int start = call.get("start").asInt();
    int end = call.get("end").asInt();
    assertThat(CALL.substring(start, end)).isEqualTo(call.get("text").asText());
    assertThat(call.get("text").asText()).contains("video call");
    assertThat(call.get("day").asText()).isEqualTo("2025-12-02");
    // The same dyad read the other way round, and one direction only.
    assertThat(query("events", "--actor", "JPN", "--with", "KOR", "--format", "jsonl").out())
        .isEqualTo(r.out());
    assertThat(
            ExtractCommandTest.lines(
                query("events", "--source", "KOR", "--target", "JPN", "--format", "jsonl").out()))
        .allMatch(e -> e.get("sourceCode").asText().startsWith("KOR"));
  }

  @Test
  void everyEventFilterApplies() throws Exception {
    assertThat(rows("events", "--code", "163"))
        .extracting(e -> e.get("document").asText())
        .containsExactly("belarus");
    assertThat(rows("events", "--quad", "4")).allMatch(e -> e.get("quadClass").asInt() == 4);
    assertThat(rows("events", "--from", "2025-12-01", "--to", "2025-12-31"))
        .isNotEmpty()
        .allMatch(e -> e.get("document").asText().equals("call-dec"));
    assertThat(rows("events", "--doc", "belarus"))
        .isNotEmpty()
        .allMatch(e -> e.get("document").asText().equals("belarus"));
    assertThat(rows("events", "--target", "BLR")).isNotEmpty();
    assertThat(rows("events", "--actor", "Lee Jae-myung"))
        .isNotEmpty()
        .allMatch(e -> e.get("document").asText().equals("call-dec"));
    assertThat(rows("events", "--actor", "KR")).isEqualTo(rows("events", "--actor", "KOR"));
    assertThat(rows("events", "--limit", "1")).hasSize(1);
  }

  @Test
  void quotesAreFoundBySpeakerAndWords() throws Exception {
    List<JsonNode> lee = rows("quotes", "--speaker", "Lee");
    assertThat(lee)
        .extracting(q -> q.get("text").asText())
        .contains("We agreed to keep our shuttle diplomacy going,");
    JsonNode direct =
        lee.stream().filter(q -> q.get("kind").asText().equals("direct")).findFirst().orElseThrow();
    assertThat(direct.get("start").asInt()).isEqualTo(CALL.indexOf("We agreed"));
    assertThat(direct.get("speakerName").asText()).isEqualTo("Lee Jae-myung");
    assertThat(rows("quotes", "--search", "shuttle diplomacy"))
        .extracting(q -> q.get("document").asText())
        .containsExactly("call-dec");
    assertThat(rows("quotes", "--search", "repression"))
        .extracting(q -> q.get("document").asText())
        .containsExactly("belarus");
    assertThat(rows("quotes", "--search", "nothingsaysthis")).isEmpty();
  }

  @Test
  void everyFormatPrintsTheSameRows() throws Exception {
    Run csv = query("events", "--format", "csv");
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("day,source,target,code,quad,goldstein,document,start,end,text");
    int events = rows("events").size();
    assertThat(lines).hasSize(events + 1);
    JsonNode array = JSON.readTree(query("events", "--format", "json").out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(events);
    Run table = query("events", "--format", "TABLE");
    assertThat(table.out()).contains("(" + events + " rows)").contains("call-dec");
    Run gdelt = query("events", "--format", "gdelt");
    assertThat(gdelt.out().lines())
        .hasSize(events)
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(64));
    assertThat(query("quotes", "--format", "gdelt").code()).isEqualTo(2);
  }

  @Test
  void actorsDocumentsAndFlagsList() throws Exception {
    List<JsonNode> people = rows("actors", "--kind", "person");
    assertThat(people)
        .extracting(a -> a.get("name").asText())
        .contains("Lee Jae-myung", "Sanae Takaichi");
    JsonNode lee =
        people.stream()
            .filter(a -> a.get("name").asText().equals("Lee Jae-myung"))
            .findFirst()
            .orElseThrow();
    assertThat(lee.get("firstMention").get("start").asInt())
        .isEqualTo(CALL.indexOf("Lee Jae-myung"));
    List<JsonNode> docs = rows("documents");
    assertThat(docs).extracting(d -> d.get("id").asText()).containsExactly("call-dec", "belarus");
    assertThat(docs.get(0).get("outlet").asText()).isEqualTo("asia-wire.example");
    assertThat(rows("documents", "--outlet", "eu-desk.example")).hasSize(1);
    assertThat(query("flags", "--format", "jsonl").code()).isZero();
    assertThat(query("actors", "--kind", "planet").code()).isEqualTo(2);
    List<JsonNode> top = rows("actors", "--top", "1");
    assertThat(top).hasSize(1);
    assertThat(top.get(0).get("documents").asInt())
        .isEqualTo(
            rows("actors").stream().mapToInt(a -> a.get("documents").asInt()).max().orElseThrow());
  }

  @Test
  void showPrintsAStoredDocumentAsExtractDoes() throws Exception {
    Run shown = query("show", "call-dec", "--include-text");
    assertThat(shown.code()).as(shown.err()).isZero();
    JsonNode doc = JSON.readTree(shown.out());
    assertThat(doc.get("text").asText()).isEqualTo(CALL);
    Path file = dir.resolve("call.jsonl");
    Files.writeString(
        file, line("call-dec", CALL, "2025-12-03", "https://www.asia-wire.example/call"));
    Run extracted =
        ExtractCommandTest.run("extract", "--format", "jsonl", "--include-text", file.toString());
    JsonNode fresh = JSON.readTree(extracted.out());
    assertThat(doc).isEqualTo(fresh);
    assertThat(query("show", "no-such-doc").code()).isEqualTo(1);
  }

  @Test
  void badQueriesAreUsageErrorsOfOneLine() {
    Run badDate = query("events", "--from", "2025-13-01");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).contains("'2025-13-01' is not a date").doesNotContain("Exception");
    assertThat(badDate.err().lines()).hasSize(2);
    assertThat(query("quotes", "--search", "\"unclosed").code()).isEqualTo(2);
    assertThat(query("events", "--code", "4x").code()).isEqualTo(2);
    assertThat(query("events", "--with", "JPN").code()).isEqualTo(2);
    assertThat(query("events", "--limit", "0").code()).isEqualTo(2);
    assertThat(query("events", "--format", "xml").err()).contains("unknown format 'xml'");
    Run missing = ExtractCommandTest.run("events", "--db", dir.resolve("absent.db").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("absent.db: no store here");
    assertThat(Files.exists(dir.resolve("absent.db"))).isFalse();
  }

  @Test
  void aChangedArticleReplacesItsRecords() throws Exception {
    Path other = dir.resolve("other.db");
    Path v1 = dir.resolve("v1.jsonl");
    Files.writeString(
        v1, line("belarus", SANCTIONS, "2025-02-24", "https://eu-desk.example/belarus"));
    assertThat(ExtractCommandTest.run("ingest", "--db", other.toString(), v1.toString()).code())
        .isZero();
    Files.writeString(
        v1,
        line(
            "belarus",
            SANCTIONS.replace("Belarus", "Iran"),
            "2025-02-24",
            "https://eu-desk.example/belarus"));
    Run second = ExtractCommandTest.run("ingest", "--db", other.toString(), v1.toString());
    assertThat(second.err()).contains("1 read, 0 new, 0 unchanged, 1 replaced");
    Run events = ExtractCommandTest.run("events", "--db", other.toString(), "--format", "jsonl");
    List<JsonNode> rows = ExtractCommandTest.lines(events.out());
    assertThat(rows).isNotEmpty().allMatch(e -> !e.get("targetCode").asText().startsWith("BLR"));
    assertThat(rows).anyMatch(e -> e.get("targetCode").asText().startsWith("IRN"));
  }

  @Test
  void quotesFilterByChannelAndDateAndEveryListPrintsAsATable() throws Exception {
    Path other = dir.resolve("via.db");
    Path file = dir.resolve("via.jsonl");
    String text =
        "Russian President Vladimir Putin spoke with Chinese President Xi Jinping on Monday.\n\n"
            + "\"Our ties are at their best,\" Putin told Xi, TASS reported.";
    Files.writeString(file, line("via", text, "2025-06-02", "https://desk.example/via"));
    assertThat(ExtractCommandTest.run("ingest", "--db", other.toString(), file.toString()).code())
        .isZero();
    Run tass =
        ExtractCommandTest.run(
            "quotes", "--db", other.toString(), "--via", "TASS", "--format", "jsonl");
    List<JsonNode> relayed = ExtractCommandTest.lines(tass.out());
    assertThat(relayed).hasSize(1);
    assertThat(relayed.get(0).get("viaName").asText()).isEqualTo("TASS");
    assertThat(relayed.get(0).get("start").asInt()).isEqualTo(text.indexOf("Our ties"));
    assertThat(
            ExtractCommandTest.run(
                    "quotes", "--db", other.toString(), "--via", "Xinhua", "--format", "jsonl")
                .out())
        .isBlank();
    assertThat(
            ExtractCommandTest.run(
                    "quotes",
                    "--db",
                    other.toString(),
                    "--from",
                    "2025-06-02",
                    "--to",
                    "2025-06-02",
                    "--format",
                    "jsonl")
                .out()
                .lines())
        .hasSize(1);
    assertThat(
            ExtractCommandTest.run(
                    "quotes", "--db", other.toString(), "--from", "2025-06-03", "--format", "jsonl")
                .out())
        .isBlank();
    assertThat(rows("documents", "--from", "2025-12-01"))
        .extracting(d -> d.get("id").asText())
        .containsExactly("call-dec");
    assertThat(rows("flags", "--kind", "no-such-kind")).isEmpty();
    for (String command : List.of("quotes", "actors", "documents", "flags")) {
      Run table = query(command, "--format", "table");
      assertThat(table.code()).as(command + ": " + table.err()).isZero();
      assertThat(table.out()).as(command).containsPattern("\\(\\d+ rows?\\)");
    }
  }

  private static List<JsonNode> rows(String... args) throws Exception {
    String[] full = new String[args.length + 2];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--format";
    full[args.length + 1] = "jsonl";
    Run r = query(full);
    assertThat(r.code()).as(r.err()).isZero();
    return ExtractCommandTest.lines(r.out());
  }
}
