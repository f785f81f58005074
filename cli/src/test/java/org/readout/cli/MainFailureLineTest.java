package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The one line a command's unexpected failure prints ({@link Main#describe}). */
class MainFailureLineTest {
  @Test
  void aFailureWithAMessagePrintsTheMessage() {
    assertThat(Main.describe(new IllegalStateException("store.db: locked")))
        .isEqualTo("store.db: locked");
  }

  @Test
  void aBugWithNoMessageNamesItsKindAndPlaceInsteadOfNull() {
    Exception bug = new UncheckedIOException(null, new java.io.IOException());
    bug.setStackTrace(
        new StackTraceElement[] {new StackTraceElement("org.readout.X", "read", "X.java", 42)});
    assertThat(Main.describe(bug))
        .startsWith("internal error: java.io.UncheckedIOException at org.readout.X.read(X.java:42)")
        .doesNotContain("null");
  }
}
