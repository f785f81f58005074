package org.readout.cli.query;

import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.ActorKind;
import org.readout.server.api.Views;
import org.readout.store.ActorQuery;
import org.readout.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout actors}: the actors of the store, most documents first. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "List actors across stored documents, most documents first.")
public final class ActorsCommand extends QueryCommand {
  @Option(names = "--top", paramLabel = "N", description = "The top N (same as --limit).")
  @Nullable Integer top;

  @Option(
      names = "--kind",
      description = "person, country, institution, organization, agency or group.")
  @Nullable String kind;

  @Override
  void query(ArticleStore s, OutputFormat format, PrintWriter out) {
    int n = top != null ? top : limit();
    if (n <= 0) {
      throw new IllegalArgumentException("--top must be a positive number: " + n);
    }
    ActorQuery q = new ActorQuery(kind(), n);
    print(format, Views.ACTORS, out, sink -> s.actors(q).forEach(sink));
  }

  private @Nullable ActorKind kind() {
    if (kind == null) {
      return null;
    }
    try {
      return ActorKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown --kind '"
              + kind
              + "' (choose person, country, institution, organization, agency or group)");
    }
  }
}
