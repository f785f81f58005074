package org.readout.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.readout.cli.EventOntology;
import org.readout.cli.query.IsoDate;
import org.readout.cli.query.StoreOptions;
import org.readout.store.ArticleStore;
import org.readout.store.DateRange;
import org.readout.store.DocumentQuery;
import org.readout.store.DocumentSummary;
import org.readout.store.Table;
import org.readout.store.gdelt.DedupCounts;
import org.readout.store.gdelt.GdeltMentionsWriter;
import org.readout.store.gdelt.GdeltWriter;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout export}: every table of the store, or the part of it whose documents match the
 * filters, as one file per table named after it ({@code events.jsonl}, {@code events.csv}, {@code
 * events.parquet}); {@code gdelt} writes the events table only, as GDELT 2.0 Event rows ({@code
 * events.tsv}), and {@code gdelt-mentions} the same events as GDELT 2.0 Mentions rows ({@code
 * mentions.tsv}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the store as one file per table: jsonl, csv, gdelt (events), gdelt-mentions or"
            + " parquet.")
public final class ExportCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    csv,
    gdelt,
    /** GDELT 2.0 Mentions rows ({@code mentions.tsv}), spelt {@code gdelt-mentions}. */
    gdelt_mentions,
    parquet
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file (default: readout.db).")
  Path db = StoreOptions.DEFAULT_DB;

  @Option(
      names = "--format",
      required = true,
      description = "jsonl, csv, gdelt (events), gdelt-mentions or parquet.",
      converter = FormatConverter.class)
  Format format = Format.jsonl;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out = Path.of("export");

  @Option(
      names = "--tables",
      split = ",",
      description =
          "Only these tables (documents, actors, mentions, quotes, times, events, flags,"
              + " stories, story_members, dedup_events, dedup_mentions).")
  @Nullable List<String> tables;

  @Option(names = "--from", converter = IsoDate.class, description = "Documents dated from D.")
  @Nullable LocalDate from;

  @Option(names = "--to", converter = IsoDate.class, description = "Documents dated up to D.")
  @Nullable LocalDate to;

  @Option(names = "--outlet", description = "Documents of this outlet only.")
  @Nullable String outlet;

  @CommandLine.Mixin EventOntology ontology = new EventOntology();

  /** Reads the format in any letter case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "unknown format '" + value + "' (choose jsonl, csv, gdelt, gdelt-mentions or parquet)");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    StoreOptions.requireStore(cl, db);
    List<Table> chosen = chosenTables(cl);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(cl, out + ": exists and is not a folder");
    }
    Files.createDirectories(out);
    DocumentQuery documents = new DocumentQuery(new DateRange(from, to), outlet, Integer.MAX_VALUE);
    PrintWriter err = cl.getErr();
    try (SqliteStore store = SqliteStore.open(db)) {
      if (format == Format.gdelt) {
        Path file = out.resolve("events.tsv");
        err.printf("export: %s: %d rows%n", file, gdelt(store, documents, file, false));
      } else if (format == Format.gdelt_mentions) {
        Path file = out.resolve("mentions.tsv");
        err.printf("export: %s: %d rows%n", file, gdelt(store, documents, file, true));
      } else {
        for (Table t : chosen) {
          Path file = out.resolve(t.label() + "." + format.name());
          err.printf("export: %s: %d rows%n", file, table(store, t, documents, file));
        }
      }
    }
    err.flush();
    return 0;
  }

  private List<Table> chosenTables(CommandLine cl) {
    if (tables == null) {
      return List.of(Table.values());
    }
    List<Table> chosen = new ArrayList<>();
    for (String name : tables) {
      try {
        chosen.add(Table.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            cl,
            "unknown table '"
                + name
                + "' (choose documents, actors, mentions, quotes, times, events, flags, stories,"
                + " story_members, dedup_events, dedup_mentions)");
      }
    }
    return chosen;
  }

  private long table(ArticleStore store, Table t, DocumentQuery documents, Path file)
      throws IOException {
    long[] rows = {0};
    List<Table.Column> columns = new ArrayList<>(t.columns());
    // With plover, the tables of events gain the category and mode of their CAMEO code.
    int code = ploverCodeColumn(t);
    if (code >= 0) {
      EventOntology.COLUMNS.forEach(name -> columns.add(new Table.Column(name, Table.Type.TEXT)));
    }
    try (TableWriter w = open(columns, file)) {
      store.scanTable(
          t,
          documents,
          row -> {
            try {
              w.write(code >= 0 ? withPlover(row, code) : row);
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return rows[0];
  }

  /** The index of the CAMEO code column of an events table with plover chosen, else -1. */
  private int ploverCodeColumn(Table t) {
    if (!ontology.plover() || (t != Table.EVENTS && t != Table.DEDUP_EVENTS)) {
      return -1;
    }
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).name().equals("code")) {
        return i;
      }
    }
    throw new IllegalStateException(t + " has no code column");
  }

  private static List<@Nullable Object> withPlover(List<@Nullable Object> row, int code) {
    List<@Nullable Object> r = new ArrayList<>(row);
    Object cameo = row.get(code);
    for (String cell : EventOntology.cells(cameo == null ? "" : cameo.toString())) {
      r.add(cell.isEmpty() ? null : cell);
    }
    return r;
  }

  private TableWriter open(List<Table.Column> columns, Path file) throws IOException {
    return switch (format) {
      case jsonl -> TextTableWriters.jsonl(file, columns, new ObjectMapper());
      case csv -> TextTableWriters.csv(file, columns);
      case parquet -> new ParquetTableWriter(file, columns);
      case gdelt, gdelt_mentions -> throw new AssertionError("gdelt is written per document");
    };
  }

  /**
   * GDELT rows need whole documents (actors, lead paragraph): each is loaded and written, as Event
   * rows or, with {@code mentions}, as Mentions rows whose GlobalEventID joins them.
   */
  private static long gdelt(
      ArticleStore store, DocumentQuery documents, Path file, boolean mentions) throws IOException {
    long[] rows = {0};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<DocumentSummary> stored = new ArrayList<>();
      store.scanDocuments(documents, stored::add);
      for (DocumentSummary d : stored) {
        var doc = store.document(d.id()).orElseThrow();
        // DATEADDED is when the document entered the store, so re-exports print the same rows.
        // NumArticles, NumSources and NumMentions are those of the event's story.
        if (mentions) {
          new GdeltMentionsWriter(d.ingestedAt()).write(doc, w);
        } else {
          new GdeltWriter(d.ingestedAt()).write(doc, w, DedupCounts.of(store, d.id())::counts);
        }
        rows[0] += doc.events().size();
      }
    }
    return rows[0];
  }
}
