package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
  @Test
  void aMissingFileFailsBesideTheSharedFolderAndSkipsWithoutIt() {
    Path missing = SharedData.path("no-such-folder", "no-such-file.txt");
    if (Files.isDirectory(SharedData.ROOT)) {
      // CI beside the data: a check that cannot read its data must fail, not pass as skipped.
      assertThatThrownBy(() -> SharedData.require(missing))
          .isInstanceOf(AssertionFailedError.class)
          .hasMessageContaining("no-such-file.txt");
    } else {
      assertThatThrownBy(() -> SharedData.require(missing))
          .isInstanceOf(TestAbortedException.class);
    }
  }
}
