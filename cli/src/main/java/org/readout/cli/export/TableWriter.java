package org.readout.cli.export;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes the rows of one exported table to one file. */
interface TableWriter extends AutoCloseable {
  void write(List<@Nullable Object> row) throws IOException;

  @Override
  void close() throws IOException;
}
