package org.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.readout.cli.query.StoreOptions;
import org.readout.core.model.AnnotatedArticle;
import org.readout.server.api.DocumentJson;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout show DOC_ID}: one stored document with all its layers, as extract prints it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print one stored document with all its layers, as extract prints it.")
public final class ShowCommand implements Callable<Integer> {
  enum Format {
    json,
    text
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file (default: readout.db).")
  Path db = StoreOptions.DEFAULT_DB;

  @Option(names = "--format", description = "json or text (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Option(names = "--include-text", description = "Include the text, to which all offsets refer.")
  boolean includeText;

  @Parameters(paramLabel = "DOC_ID", description = "The document's id (see readout documents).")
  String id = "";

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    StoreOptions.requireStore(cl, db);
    AnnotatedArticle doc;
    try (SqliteStore store = SqliteStore.open(db)) {
      doc = store.document(id).orElse(null);
    }
    if (doc == null) {
      cl.getErr().println("readout: " + db + ": no document with id " + id);
      return 1;
    }
    if (format == Format.text) {
      TextSummary.write(doc, cl.getOut());
    } else {
      ObjectMapper mapper = new ObjectMapper();
      cl.getOut()
          .println(
              mapper
                  .writer()
                  .with(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(new DocumentJson(mapper).extracted(doc, includeText)));
    }
    cl.getOut().flush();
    return 0;
  }
}
