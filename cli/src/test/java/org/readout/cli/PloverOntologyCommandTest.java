package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.cli.ExtractCommandTest.Run;
import org.readout.store.gdelt.GdeltWriter;

/**
 * {@code --ontology plover} on {@code extract}, {@code events} and {@code export}, and the GDELT
 * ActionGeo columns of a stored event, over an article written for this test (issue 8).
 */
class PloverOntologyCommandTest {
  /** Offsets: "Kenyan police" 0, "Kenyans marched" 99, "Ugandan troops" 265, "Russian" 331. */
  static final String ARTICLE =
      "Kenyan police fired tear gas at demonstrators in Mombasa on Tuesday, witnesses said.\n\n"
          + "Thousands of Kenyans marched in Nairobi on Monday to protest against a new fuel tax.\n\n"
          + "Kenya's foreign minister held talks with Uganda's foreign minister in Kampala on"
          + " Wednesday.\n\n"
          + "Ugandan troops shelled rebel positions near Goma, the army said.\n\n"
          + "Russian forces shelled Kharkiv on Sunday, Ukrainian officials said.\n";

  @TempDir static Path dir;
  static Path article;
  static Path db;

  @BeforeAll
  static void ingest() throws Exception {
    TestPipelines.standard();
    article = Files.writeString(dir.resolve("kenya.txt"), ARTICLE);
    db = dir.resolve("readout.db");
    Run r =
        ExtractCommandTest.run(
            "ingest", "--db", db.toString(), "--date", "2025-03-06", article.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  static List<JsonNode> events(Run r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> events = new ArrayList<>();
    for (JsonNode doc : ExtractCommandTest.lines(r.out())) {
      doc.path("events").forEach(events::add);
    }
    return events;
  }

  static JsonNode event(List<JsonNode> events, String code, int start) {
    return events.stream()
        .filter(e -> e.path("code").asText().equals(code) && e.path("start").asInt() == start)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " at " + start + " in " + events));
  }

  static Run extract(String... extra) {
    List<String> args = new ArrayList<>(List.of("extract", "--date", "2025-03-06"));
    args.addAll(List.of(extra));
    args.add(article.toString());
    return ExtractCommandTest.run(args.toArray(String[]::new));
  }

  @Test
  void extractAddsThePloverCategoryAndModeBesideTheCameoCode() throws Exception {
    List<JsonNode> events = events(extract("--ontology", "plover", "--format", "jsonl"));
    JsonNode protest = event(events, "141", 99);
    assertThat(protest.path("end").asInt()).isEqualTo(125);
    assertThat(protest.path("rootCode").asText()).isEqualTo("14");
    assertThat(protest.path("plover").path("category").asText()).isEqualTo("PROTEST");
    assertThat(protest.path("plover").path("mode").asText()).isEqualTo("demo");
    // Violent repression (175) is ASSAULT in PLOVER, not COERCE like the rest of CAMEO 17.
    JsonNode repression = event(events, "175", 0);
    assertThat(repression.path("plover").path("category").asText()).isEqualTo("ASSAULT");
    assertThat(repression.path("plover").path("mode").isNull()).isTrue();
    JsonNode talks = event(events, "040", 172);
    assertThat(talks.path("plover").path("category").asText()).isEqualTo("CONSULT");
    JsonNode shelling = event(events, "194", 331);
    assertThat(shelling.path("plover").path("category").asText()).isEqualTo("ASSAULT");
    assertThat(shelling.path("plover").path("mode").asText()).isEqualTo("heavy-weapons");
    assertThat(events).allSatisfy(e -> assertThat(e.has("plover")).isTrue());
  }

  @Test
  void cameoIsTheDefaultAndPrintsNoPloverField() throws Exception {
    List<JsonNode> events = events(extract("--format", "jsonl"));
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.has("plover")).isFalse());
    assertThat(events(extract("--ontology", "CAMEO", "--format", "jsonl"))).hasSize(events.size());
  }

  @Test
  void textOutputNamesTheCategoryAfterTheCode() {
    Run r = extract("--ontology", "plover", "--format", "text");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("  141 PROTEST/demo KEN -> ")
        .contains("  040 CONSULT KENGOV -> UGAGOV");
  }

  @Test
  void badOntologyIsAUsageError() {
    Run r = extract("--ontology", "idea", "--format", "jsonl");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown ontology 'idea' (choose cameo or plover)");
  }

  static Run events(String... extra) {
    List<String> args = new ArrayList<>(List.of("events", "--db", db.toString()));
    args.addAll(List.of(extra));
    return ExtractCommandTest.run(args.toArray(String[]::new));
  }

  @Test
  void storedEventsCarryPloverAndFilterByCategory() throws Exception {
    List<JsonNode> all = lines(events("--ontology", "plover", "--format", "jsonl"));
    assertThat(all).hasSizeGreaterThanOrEqualTo(6);
    JsonNode protest =
        all.stream().filter(e -> e.path("code").asText().equals("141")).findFirst().orElseThrow();
    assertThat(protest.path("start").asInt()).isEqualTo(99);
    assertThat(protest.path("plover").path("mode").asText()).isEqualTo("demo");

    List<JsonNode> protests =
        lines(events("--ontology", "plover", "--code", "protest", "--format", "jsonl"));
    assertThat(protests)
        .extracting(e -> e.path("code").asText())
        .containsExactlyInAnyOrder("141", "140");
    // ASSAULT spans CAMEO roots: 175 (under coercion) and 194 (military force).
    List<JsonNode> assaults =
        lines(events("--ontology", "plover", "--code", "ASSAULT", "--format", "jsonl"));
    assertThat(assaults)
        .extracting(e -> e.path("code").asText())
        .contains("175", "194")
        .allMatch(c -> c.equals("175") || c.startsWith("19"));
    assertThat(
            lines(
                events(
                    "--ontology",
                    "plover",
                    "--code",
                    "ASSAULT",
                    "--limit",
                    "1",
                    "--format",
                    "jsonl")))
        .hasSize(1);
    // A CAMEO code still filters as a prefix.
    assertThat(lines(events("--ontology", "plover", "--code", "14", "--format", "jsonl")))
        .hasSize(2);

    Run csv = events("--ontology", "plover", "--code", "PROTEST", "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",plover,plover_mode");
    assertThat(csv.out()).contains(",PROTEST,demo");

    List<JsonNode> dedup =
        lines(events("--dedup", "--ontology", "plover", "--code", "PROTEST", "--format", "jsonl"));
    assertThat(dedup)
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e.path("plover").path("category").asText()).isEqualTo("PROTEST"));

    Run bad = events("--ontology", "plover", "--code", "FIGHT");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--code FIGHT: no PLOVER category");
  }

  static List<JsonNode> lines(Run r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    return ExtractCommandTest.lines(r.out());
  }

  @Test
  void exportAddsPloverColumnsToTheEventsTable() throws Exception {
    Path out = dir.resolve("export-plover");
    Run r =
        ExtractCommandTest.run(
            "export",
            "--db",
            db.toString(),
            "--format",
            "csv",
            "--tables",
            "events",
            "--ontology",
            "plover",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> csv = Files.readAllLines(out.resolve("events.csv"));
    assertThat(csv.get(0)).endsWith(",text,plover,plover_mode");
    assertThat(csv).anyMatch(l -> l.contains(",141,14,") && l.endsWith(",PROTEST,demo"));

    Path jsonl = dir.resolve("export-plover-jsonl");
    r =
        ExtractCommandTest.run(
            "export",
            "--db",
            db.toString(),
            "--format",
            "jsonl",
            "--tables",
            "events",
            "--ontology",
            "plover",
            "--out",
            jsonl.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> rows = ExtractCommandTest.lines(Files.readString(jsonl.resolve("events.jsonl")));
    JsonNode consult =
        rows.stream().filter(e -> e.path("code").asText().equals("040")).findFirst().orElseThrow();
    assertThat(consult.path("plover").asText()).isEqualTo("CONSULT");
    assertThat(consult.path("plover_mode").isNull()).isTrue();

    Path parquet = dir.resolve("export-plover-parquet");
    r =
        ExtractCommandTest.run(
            "export",
            "--db",
            db.toString(),
            "--format",
            "parquet",
            "--tables",
            "events",
            "--ontology",
            "plover",
            "--out",
            parquet.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("events.parquet: " + rows.size() + " rows");
  }

  @Test
  void gdeltExportOfTheStoreFillsActionGeoFromTheEventsPlace() throws Exception {
    Path out = dir.resolve("export-gdelt");
    Run r =
        ExtractCommandTest.run(
            "export", "--db", db.toString(), "--format", "gdelt", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("events.tsv"))) {
      rows.add(line.split("\t", -1));
    }
    String[] shelling =
        rows.stream()
            .filter(c -> col(c, "EventCode").equals("194") && col(c, "EvidenceStart").equals("331"))
            .findFirst()
            .orElseThrow();
    // GDELT stays CAMEO: the code, not the PLOVER category.
    assertThat(col(shelling, "Actor1Code")).isEqualTo("RUSMIL");
    assertThat(col(shelling, "ActionGeo_Type")).isEqualTo("4");
    assertThat(col(shelling, "ActionGeo_FullName")).isEqualTo("Kharkiv, Ukraine");
    assertThat(col(shelling, "ActionGeo_CountryCode")).isEqualTo("UA");
    assertThat(col(shelling, "ActionGeo_ADM1Code")).isEqualTo("UA07");
    assertThat(col(shelling, "ActionGeo_Lat")).isEqualTo("49.9900");
    assertThat(col(shelling, "ActionGeo_Long")).isEqualTo("36.2300");
    String[] protest =
        rows.stream().filter(c -> col(c, "EventCode").equals("141")).findFirst().orElseThrow();
    assertThat(col(protest, "ActionGeo_FullName")).isEqualTo("Nairobi, Kenya");
    assertThat(col(protest, "ActionGeo_CountryCode")).isEqualTo("KE");
    assertThat(col(protest, "ActionGeo_Lat")).isEqualTo("-1.2800");

    // The store's export gives the same ActionGeo columns as extract's.
    Run extracted = extract("--format", "gdelt");
    assertThat(extracted.code()).as(extracted.err()).isZero();
    List<String> geo = new ArrayList<>();
    for (String line : extracted.out().lines().toList()) {
      geo.add(actionGeo(line.split("\t", -1)));
    }
    List<String> stored = rows.stream().map(PloverOntologyCommandTest::actionGeo).toList();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(geo);
  }

  private static String actionGeo(String[] c) {
    StringBuilder b = new StringBuilder(col(c, "EventCode") + "@" + col(c, "EvidenceStart"));
    for (String name : GdeltWriter.COLUMNS) {
      if (name.startsWith("ActionGeo_")) {
        b.append('|').append(col(c, name));
      }
    }
    return b.toString();
  }

  private static String col(String[] cells, String name) {
    return cells[GdeltWriter.COLUMNS.indexOf(name)];
  }
}
