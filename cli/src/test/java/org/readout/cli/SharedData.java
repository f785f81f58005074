package org.readout.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The outside data in {@code ../shared} (the example article, the development corpora), read where
 * it lies and never copied into the project.
 *
 * <p>Design decision: two cases are told apart. Where {@code ../shared} is absent, as in a user's
 * clone, a test that needs it is skipped and shows as skipped. Where it is present but the file a
 * test needs cannot be read (moved, renamed, unreadable), the test fails: a CI run beside the data
 * must not pass by skipping the very checks the data is there for.
 */
public final class SharedData {
  /** The shared folder beside the project, as seen from a module's directory (Maven's cwd). */
  public static final Path ROOT = Path.of("..", "..", "shared");

  private SharedData() {}

  /** {@code ROOT} resolved against {@code first} and {@code more}. */
  public static Path path(String first, String... more) {
    return ROOT.resolve(Path.of(first, more));
  }

  /**
   * Returns {@code path} if it can be read; skips the calling test where {@code ../shared} is
   * absent; fails it where {@code ../shared} is present and {@code path} is not readable.
   */
  public static Path require(Path path) {
    Assumptions.assumeTrue(Files.isDirectory(ROOT), "../shared absent (a user's clone): skipped");
    if (!Files.isReadable(path)) {
      fail("../shared is present but " + path + " cannot be read");
    }
    return path;
  }
}
