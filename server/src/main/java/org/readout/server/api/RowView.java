package org.readout.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How one kind of result row looks in each format: flat cells for table and CSV, an object for
 * JSON. Every view includes the row's document and offsets, so a reader can open the evidence.
 *
 * <p>A view defines its JSON once, by {@link #json} or by {@link #write}; the other follows. The
 * server's query pages {@link #write} rows straight to the response, so a view that does the same
 * (the query views) builds no tree per row on the hot path.
 */
public interface RowView<T> {
  List<String> columns();

  /** The cells of {@link #columns()}, in order; empty for unknown. */
  List<String> cells(T row);

  /** The row as a JSON object. */
  ObjectNode json(T row, ObjectMapper mapper);

  /** Writes the row as one JSON object, the same as {@link #json}, to {@code g}. */
  default void write(T row, JsonGenerator g, ObjectMapper mapper) throws IOException {
    mapper.writeTree(g, json(row, mapper));
  }

  /** For a view that defines {@link #write}: its {@link #json}, made by writing to a buffer. */
  static <T> ObjectNode tree(RowView<T> view, T row, ObjectMapper mapper) {
    try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
      view.write(row, buffer, mapper);
      return (ObjectNode) mapper.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
  }
}
