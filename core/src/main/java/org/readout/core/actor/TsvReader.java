package org.readout.core.actor;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.readout.core.internal.TsvLines;

/**
 * Reads a dictionary TSV file: {@code #} comment lines and blank lines are skipped, the first other
 * line must equal the expected header, and every later line must have as many tab-separated fields
 * as the header.
 */
final class TsvReader {
  private TsvReader() {}

  static List<TsvRow> read(String file, Reader reader, String header) throws IOException {
    List<String> columns = List.of(header.split("\t", -1));
    List<TsvRow> rows = new ArrayList<>();
    TsvLines lines = TsvLines.read(reader);
    boolean headerSeen = false;
    for (TsvLines.Line l : lines.lines()) {
      String line = l.text();
      int lineNumber = l.number();
      if (!headerSeen) {
        if (!line.equals(header)) {
          throw new DictionaryException(
              file,
              lineNumber,
              "header is '" + visible(line) + "', expected '" + visible(header) + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] fields = l.fields();
      if (fields.length != columns.size()) {
        throw new DictionaryException(
            file,
            lineNumber,
            fields.length + " columns, expected " + columns.size() + " (" + visible(header) + ")");
      }
      for (int i = 0; i < fields.length; i++) {
        fields[i] = fields[i].strip();
      }
      rows.add(new TsvRow(file, lineNumber, columns, fields));
    }
    if (!headerSeen) {
      throw new DictionaryException(
          file, lines.lineCount(), "no header line, expected '" + visible(header) + "'");
    }
    return rows;
  }

  /**
   * Shows tabs in messages, since a header that differs only in whitespace is otherwise unreadable.
   */
  static String visible(String s) {
    return s.replace("\t", "\\t");
  }
}
