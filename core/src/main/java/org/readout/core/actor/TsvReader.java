package org.readout.core.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

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
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
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
      String[] fields = line.split("\t", -1);
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
          file, lineNumber, "no header line, expected '" + visible(header) + "'");
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
