package org.readout.cli.corrections;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.readout.cli.query.StoreOptions;
import org.readout.core.model.AnnotatedArticle;
import org.readout.store.Correction;
import org.readout.store.CorrectionQuery;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout corrections export}: the documents that readers corrected, with their corrected
 * layer, as gold data in the formats {@code readout eval} reads: quote or event JSONL, or TimeML
 * files for time. A document counts for a layer when an accepted correction of that layer applies
 * to it; its other items of that layer are taken as correct, since a reader who fixed one quote
 * read the others.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write corrected documents as gold data for readout eval:",
      "quotes and events as JSONL (one document per line), time as TimeML files in a folder."
    })
public final class GoldExportCommand implements Callable<Integer> {
  /** The layers with a gold format. */
  enum Layer {
    quotes,
    events,
    time
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file (default: readout.db).")
  Path db = StoreOptions.DEFAULT_DB;

  @Option(names = "--layer", required = true, description = "quotes, events or time.")
  Layer layer = Layer.quotes;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "A .jsonl file (quotes, events) or a folder (time).")
  Path out = Path.of("gold.jsonl");

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    StoreOptions.requireStore(cl, db);
    Correction.Layer wanted =
        switch (layer) {
          case quotes -> Correction.Layer.QUOTE;
          case events -> Correction.Layer.EVENT;
          case time -> Correction.Layer.TIME;
        };
    int written = 0;
    try (SqliteStore store = SqliteStore.open(db)) {
      Set<String> documents = new LinkedHashSet<>();
      store.scanCorrections(
          new CorrectionQuery(Correction.Status.ACCEPTED, null, 0, Integer.MAX_VALUE),
          c -> {
            if (c.layer() == wanted && c.applied()) {
              documents.add(c.documentId());
            }
          });
      if (layer == Layer.time) {
        Files.createDirectories(out);
      }
      try (Writer jsonl =
          layer == Layer.time ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (String id : documents) {
          AnnotatedArticle doc = store.document(id).orElse(null);
          if (doc == null) {
            continue;
          }
          switch (layer) {
            case quotes -> jsonl.write(GoldFormats.quotes(doc) + "\n");
            case events -> jsonl.write(GoldFormats.events(doc) + "\n");
            case time ->
                Files.writeString(
                    out.resolve(GoldFormats.fileName(id) + ".tml"),
                    GoldFormats.timeMl(doc),
                    StandardCharsets.UTF_8);
          }
          written++;
        }
      }
    }
    cl.getErr()
        .println(
            "readout: wrote "
                + written
                + " corrected document"
                + (written == 1 ? "" : "s")
                + " to "
                + out);
    return 0;
  }
}
