package org.readout.cli.corrections;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.readout.cli.query.StoreOptions;
import org.readout.store.Correction;
import org.readout.store.DictionaryRule;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout corrections overlay --out FILE}: the accepted dictionary rules as a people overlay
 * file, in the format {@code --actors FILE} reads (docs/actor-dictionary.md), so that later
 * extraction credits the people readers named. {@code --pending} lists the rules still waiting for
 * review instead.
 */
@Command(
    name = "overlay",
    mixinStandardHelpOptions = true,
    description = {
      "Write the accepted dictionary rules (people readers named as speakers) as a people.tsv",
      "overlay for `--actors FILE`; with --pending, list the rules awaiting review."
    })
public final class OverlayCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file (default: readout.db).")
  Path db = StoreOptions.DEFAULT_DB;

  @Option(names = "--out", paramLabel = "FILE", description = "The overlay file to write.")
  @Nullable Path out;

  @Option(names = "--pending", description = "List the pending rules instead of writing.")
  boolean pending;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    StoreOptions.requireStore(cl, db);
    if (!pending && out == null) {
      throw new CommandLine.ParameterException(cl, "--out FILE is needed (or --pending)");
    }
    PrintWriter w = cl.getOut();
    List<DictionaryRule> rules = new ArrayList<>();
    try (SqliteStore store = SqliteStore.open(db)) {
      store.scanRules(
          pending ? Correction.Status.PENDING : Correction.Status.ACCEPTED,
          Integer.MAX_VALUE,
          rules::add);
    }
    if (pending) {
      for (DictionaryRule r : rules) {
        w.printf(
            "#%d  %s  %s  from correction #%d of %s  (country %s, role %s, code %s)%n",
            r.id(),
            r.personId(),
            r.name(),
            r.correctionId(),
            r.documentId(),
            orQuestion(r.country()),
            orQuestion(r.role()),
            orQuestion(r.code()));
      }
      w.flush();
      return 0;
    }
    Path file = java.util.Objects.requireNonNull(out);
    StringBuilder b = new StringBuilder();
    b.append(
            "# Readout dictionary overlay: people readers named as speakers, accepted in review.\n")
        .append("# Use with: readout extract|ingest --actors ")
        .append(file.getFileName())
        .append(" ...\n")
        .append(DictionaryRule.PEOPLE_HEADER)
        .append('\n');
    for (DictionaryRule r : rules) {
      b.append("# rule #")
          .append(r.id())
          .append(", correction #")
          .append(r.correctionId())
          .append(" of ")
          .append(r.documentId().replaceAll("\\s+", " "))
          .append(", accepted by ")
          .append(String.valueOf(r.reviewedBy()).replaceAll("\\s+", " "))
          .append('\n')
          .append(r.tsvLine())
          .append('\n');
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    cl.getErr().println("readout: wrote " + rules.size() + " rules to " + file);
    return 0;
  }

  private static String orQuestion(@Nullable String s) {
    return s == null ? "?" : s;
  }
}
