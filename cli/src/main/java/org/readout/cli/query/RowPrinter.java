package org.readout.cli.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.readout.server.api.RowView;
import org.readout.store.Csv;

/**
 * Prints rows of one {@link RowView} as a table, JSON, JSON Lines or CSV. JSON, JSON Lines and CSV
 * stream; a table holds its rows (at most the query's limit) to size its columns.
 */
final class RowPrinter<T> implements AutoCloseable {
  /** Widest a table cell gets; longer text is cut with an ellipsis (other formats never cut). */
  private static final int MAX_CELL = 60;

  private final OutputFormat format;
  private final RowView<T> view;
  private final PrintWriter out;
  private final ObjectMapper mapper;
  private final List<List<String>> table = new ArrayList<>();
  private int rows;

  RowPrinter(OutputFormat format, RowView<T> view, PrintWriter out, ObjectMapper mapper) {
    if (format == OutputFormat.GDELT) {
      throw new IllegalArgumentException("GDELT rows are written by GdeltRows");
    }
    this.format = format;
    this.view = view;
    this.out = out;
    this.mapper = mapper;
    if (format == OutputFormat.CSV) {
      out.println(Csv.record(view.columns()));
    } else if (format == OutputFormat.JSON) {
      out.print("[");
    }
  }

  void print(T row) {
    switch (format) {
      case TABLE -> table.add(view.cells(row));
      case CSV -> out.println(Csv.record(view.cells(row)));
      case JSONL -> out.println(write(row, false));
      case JSON -> out.print((rows == 0 ? "\n" : ",\n") + write(row, true));
      case GDELT -> throw new AssertionError("refused in the constructor");
    }
    rows++;
  }

  int rows() {
    return rows;
  }

  @Override
  public void close() {
    if (format == OutputFormat.JSON) {
      out.println(rows == 0 ? "]" : "\n]");
    } else if (format == OutputFormat.TABLE) {
      printTable();
    }
    out.flush();
  }

  private String write(T row, boolean indent) {
    try {
      return indent
          ? mapper
              .writer()
              .with(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(view.json(row, mapper))
          : mapper.writeValueAsString(view.json(row, mapper));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private void printTable() {
    List<String> header = view.columns();
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
    }
    List<List<String>> cut = new ArrayList<>();
    for (List<String> cells : table) {
      List<String> c = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        String cell = oneLine(cells.get(i));
        if (cell.length() > MAX_CELL) {
          cell = cell.substring(0, MAX_CELL - 1) + "…";
        }
        width[i] = Math.max(width[i], cell.length());
        c.add(cell);
      }
      cut.add(c);
    }
    out.println(tableLine(header, width));
    for (List<String> c : cut) {
      out.println(tableLine(c, width));
    }
    out.println("(" + rows + " row" + (rows == 1 ? "" : "s") + ")");
  }

  private static String tableLine(List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append("  ");
      }
      String cell = cells.get(i);
      b.append(cell);
      if (i < cells.size() - 1) {
        b.append(" ".repeat(width[i] - cell.length()));
      }
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
