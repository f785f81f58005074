package org.readout.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.cli.query.IsoDate;
import org.readout.core.actor.DictionaryException;
import org.readout.ingest.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that {@code extract} and {@code ingest} share (a picocli mixin), declared and checked
 * once, so that both commands take the same flags and refuse the same values with the same one-line
 * usage error (exit 2) before anything is loaded or read.
 */
public final class ExtractionOptions {
  /** The largest document a reader can hold in one Java array, with room for its header. */
  public static final long MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

  @Option(
      names = "--date",
      converter = IsoDate.class,
      description = "Document date (YYYY-MM-DD) for inputs that carry none.")
  @Nullable LocalDate date;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      description = "Largest document accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

  @Option(
      names = "--doc-timeout",
      paramLabel = "SECONDS",
      description =
          "Time budget per document; a document over it is an error and the batch goes on"
              + " (0: none; default: ${DEFAULT-VALUE}).")
  double docTimeout = DocumentBudget.DEFAULT.toSeconds();

  @Option(
      names = "--encoding",
      converter = CharsetName.class,
      description =
          "Charset of text, HTML and JSONL inputs (default: detected; see docs/inputs.md).")
  @Nullable Charset encoding;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "Your own actor dictionary file (people, organizations, countries, roles or groups, in the"
              + " bundled TSV format; see docs/actor-dictionary.md) on top of the bundled one."
              + " Repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(
      names = "--depparse",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Events: ask CoreNLP's dependency parser for the source or target of predicates the"
              + " shallow reader finds none for (on by default; --no-depparse for the shallow"
              + " reader alone; BENCHMARKS.md \"Dependency parse on by default\").")
  boolean depparse = true;

  /** Reads a charset name; an unknown one is one line that says so, without Java class names. */
  static final class CharsetName implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value.strip());
      } catch (IllegalArgumentException e) { // unsupported or illegal name
        throw new CommandLine.TypeConversionException(
            "unknown charset '"
                + value
                + "' (a name Java knows: UTF-8, windows-1252, ISO-8859-2, ...)");
      }
    }
  }

  /**
   * Refuses thread counts, byte limits and time budgets that mean nothing.
   *
   * @throws CommandLine.ParameterException naming the flag and its value
   */
  public void check(CommandLine cl) {
    if (threads <= 0) {
      throw new CommandLine.ParameterException(
          cl, "--threads must be a positive number: " + threads);
    }
    if (maxBytes <= 0 || maxBytes > MAX_DOCUMENT_BYTES) {
      throw new CommandLine.ParameterException(
          cl, "--max-bytes must be between 1 and " + MAX_DOCUMENT_BYTES + ": " + maxBytes);
    }
    if (!(docTimeout >= 0) || docTimeout > Duration.ofDays(1).toSeconds()) {
      throw new CommandLine.ParameterException(
          cl, "--doc-timeout must be a number of seconds from 0 (none) to 86400: " + docTimeout);
    }
  }

  /**
   * The standard pipeline with the user's {@code --actors} files read and checked (models still
   * load lazily).
   *
   * @throws CommandLine.ParameterException naming the file, and the line of a bad entry
   */
  public Readout readout(CommandLine cl) {
    for (Path f : actorFiles) {
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        throw new CommandLine.ParameterException(cl, "--actors " + f + ": no such readable file");
      }
    }
    try {
      return Readout.load(actorFiles, depparse);
    } catch (DictionaryException e) {
      throw new CommandLine.ParameterException(cl, "--actors " + e.getMessage());
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cl, "--actors: cannot read " + e.getMessage());
    }
  }

  /** How documents are read: the byte limit, the default date and the charset. */
  public ReadOptions readOptions() {
    return new ReadOptions(maxBytes, date).withEncoding(encoding);
  }

  /** The worker thread count. */
  public int threads() {
    return threads;
  }

  /** The checked {@code --doc-timeout} as a duration. */
  public Duration docTimeout() {
    return Duration.ofMillis(Math.round(docTimeout * 1000));
  }
}
