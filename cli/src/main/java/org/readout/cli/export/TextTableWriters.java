package org.readout.cli.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.store.Csv;
import org.readout.store.Table;

/** JSON Lines and CSV table files, streamed row by row. */
final class TextTableWriters {
  private TextTableWriters() {}

  /** One JSON object per row; null values are written as JSON null. */
  static TableWriter jsonl(Path file, List<Table.Column> columns, ObjectMapper mapper)
      throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new TableWriter() {
      @Override
      public void write(List<@Nullable Object> row) throws IOException {
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
          g.writeFieldName(columns.get(i).name());
          Object v = row.get(i);
          if (v == null) {
            g.writeNull();
          } else if (v instanceof Long l) {
            g.writeNumber(l);
          } else if (v instanceof Double d) {
            g.writeNumber(d);
          } else {
            g.writeString(v.toString());
          }
        }
        g.writeEndObject();
        g.close();
        out.write('\n');
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }

  /** RFC 4180 CSV with a header line; null is an empty field. */
  static TableWriter csv(Path file, List<Table.Column> columns) throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    List<String> header = new ArrayList<>();
    columns.forEach(c -> header.add(c.name()));
    out.write(Csv.record(header) + "\r\n");
    return new TableWriter() {
      @Override
      public void write(List<@Nullable Object> row) throws IOException {
        List<String> cells = new ArrayList<>(row.size());
        for (Object v : row) {
          cells.add(v == null ? "" : v.toString());
        }
        out.write(Csv.record(cells) + "\r\n");
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }
}
