package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How one kind of result row looks in each format: flat cells for table and CSV, an object for
 * JSON. Every view includes the row's document and offsets, so a reader can open the evidence.
 */
public interface RowView<T> {
  List<String> columns();

  /** The cells of {@link #columns()}, in order; empty for unknown. */
  List<String> cells(T row);

  ObjectNode json(T row, ObjectMapper mapper);
}
