package org.readout.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.server.api.RowView;
import org.readout.store.ActorFilters;
import org.readout.store.ActorMatch;
import org.readout.store.ArticleStore;
import org.readout.store.BadQueryException;
import org.readout.store.DateRange;
import org.readout.store.sqlite.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every query command shares: the store options, checking them before anything is opened, and
 * turning a bad filter into a usage error (exit 2) rather than a failure.
 */
abstract class QueryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions store;

  private @Nullable ActorFilters actorFilters;

  /** Prints the query's rows; throws {@link IllegalArgumentException} for a bad filter. */
  abstract void query(ArticleStore store, OutputFormat format, PrintWriter out);

  /** Whether {@code --format gdelt} makes sense for this command's rows. */
  boolean printsGdelt() {
    return false;
  }

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    store.validate(cl);
    OutputFormat format = store.format();
    if (format == OutputFormat.GDELT && !printsGdelt()) {
      throw new CommandLine.ParameterException(
          cl, "--format gdelt prints events only; use table, json, jsonl or csv here");
    }
    try (SqliteStore s = store.open()) {
      query(s, format, cl.getOut());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage(), e);
    } catch (BadQueryException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage(), e);
    }
    cl.getOut().flush();
    return 0;
  }

  /** The filter for an actor option's text, resolved through the bundled dictionary. */
  @Nullable ActorMatch actor(@Nullable String text) {
    if (text == null) {
      return null;
    }
    if (actorFilters == null) {
      actorFilters = new ActorFilters(ActorDictionaryLoader.loadBundled());
    }
    return actorFilters.resolve(text);
  }

  static DateRange range(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new DateRange(from, to);
  }

  int limit() {
    return store.limit();
  }

  static <T> void print(
      OutputFormat format,
      RowView<T> view,
      PrintWriter out,
      java.util.function.Consumer<java.util.function.Consumer<T>> scan) {
    try (RowPrinter<T> printer = new RowPrinter<>(format, view, out, new ObjectMapper())) {
      scan.accept(printer::print);
    }
  }
}
