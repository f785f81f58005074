package org.readout.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The data lines of a tab-separated table file: every line but blank ones and {@code #} comments,
 * each with its 1-based line number in the file so that an error can name {@code file:line}. What a
 * line's fields mean, and whether the first line is a header, is the caller's.
 *
 * <p>Design decision: one reader for core's tables (the actor dictionaries, the CAMEO codebook, the
 * PLOVER table, the event patterns and speech stances), which had each written the same loop. It
 * does not trim fields or check their number, since the tables differ there and their error
 * messages name what they expect.
 */
public record TsvLines(List<Line> lines, int lineCount) {
  /** One data line: its 1-based number in the file and its text, without the line break. */
  public record Line(int number, String text) {
    /** The line's fields: its text split on every tab, empty fields kept, nothing trimmed. */
    public String[] fields() {
      return text.split("\t", -1);
    }
  }

  /**
   * @param lines the data lines, in file order
   * @param lineCount how many lines the file has, blank and comment lines included
   */
  public TsvLines {
    lines = List.copyOf(lines);
  }

  /** The lines of {@code text}, whose lines end in {@code \n} or {@code \r\n}. */
  public static TsvLines of(String text) {
    List<Line> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      add(out, i + 1, lines[i]);
    }
    return new TsvLines(out, lines.length);
  }

  /**
   * The data lines {@code reader} gives, read to its end as {@link BufferedReader#readLine} splits
   * them; a byte-order mark before the first line is dropped.
   */
  public static TsvLines read(Reader reader) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      add(out, number, line);
    }
    return new TsvLines(out, number);
  }

  /**
   * The data lines without the first when that is a header, one whose first field is {@code
   * firstColumn} (for tables whose header line is optional).
   */
  public List<Line> withoutHeader(String firstColumn) {
    if (!lines.isEmpty() && lines.get(0).fields()[0].equals(firstColumn)) {
      return lines.subList(1, lines.size());
    }
    return lines;
  }

  private static void add(List<Line> out, int number, String line) {
    if (!line.isBlank() && !line.startsWith("#")) {
      out.add(new Line(number, line));
    }
  }
}
