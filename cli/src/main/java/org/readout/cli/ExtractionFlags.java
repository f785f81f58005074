package org.readout.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.readout.core.actor.DictionaryException;
import picocli.CommandLine;

/**
 * The checks on the flags that {@code extract} and {@code ingest} share, so that both refuse the
 * same values with the same one-line usage error (exit 2) before anything is loaded or read.
 */
public final class ExtractionFlags {
  /** The largest document a reader can hold in one Java array, with room for its header. */
  public static final long MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

  private ExtractionFlags() {}

  /**
   * Refuses thread counts, byte limits and time budgets that mean nothing.
   *
   * @throws CommandLine.ParameterException naming the flag and its value
   */
  public static void check(CommandLine cl, int threads, long maxBytes, double docTimeoutSeconds) {
    if (threads <= 0) {
      throw new CommandLine.ParameterException(
          cl, "--threads must be a positive number: " + threads);
    }
    if (maxBytes <= 0 || maxBytes > MAX_DOCUMENT_BYTES) {
      throw new CommandLine.ParameterException(
          cl, "--max-bytes must be between 1 and " + MAX_DOCUMENT_BYTES + ": " + maxBytes);
    }
    if (!(docTimeoutSeconds >= 0) || docTimeoutSeconds > Duration.ofDays(1).toSeconds()) {
      throw new CommandLine.ParameterException(
          cl,
          "--doc-timeout must be a number of seconds from 0 (none) to 86400: " + docTimeoutSeconds);
    }
  }

  /**
   * The standard pipeline with the user's {@code --actors} files read and checked (models still
   * load lazily).
   *
   * @throws CommandLine.ParameterException naming the file, and the line of a bad entry
   */
  public static Readout readout(CommandLine cl, List<Path> actorFiles) {
    for (Path f : actorFiles) {
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        throw new CommandLine.ParameterException(cl, "--actors " + f + ": no such readable file");
      }
    }
    try {
      return Readout.load(actorFiles);
    } catch (DictionaryException e) {
      throw new CommandLine.ParameterException(cl, "--actors " + e.getMessage());
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cl, "--actors: cannot read " + e.getMessage());
    }
  }

  /** A checked {@code --doc-timeout} value as a duration. */
  public static Duration duration(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
