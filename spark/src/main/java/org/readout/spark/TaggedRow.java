package org.readout.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * One output row on its way from a task to its table: which table, which document it belongs to,
 * and where that document came in the input.
 *
 * @param table the output table's name ({@link org.readout.store.Table#label()}, or {@value
 *     #ERRORS})
 * @param document the id of the row's document (for an error row, the failed record's id; for a
 *     story table's, the story's)
 * @param order the document's position in the input: file index in the high 32 bits, record index
 *     in the file in the low ones
 * @param row the values, in the table's column order; for {@link RecordExtraction#STORY_INPUT}, the
 *     document's {@link StoryInput} alone. A story table's row is tagged with its story and order 0
 */
record TaggedRow(String table, String document, long order, Row row) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The name of the error summary table. */
  static final String ERRORS = "errors";

  static long order(int fileIndex, long recordIndex) {
    return ((long) fileIndex << 32) | (recordIndex & 0xFFFF_FFFFL);
  }
}
