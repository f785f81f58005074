package org.readout.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readout.core.model.Span;

/**
 * Cuts evidence out of document text. SQL {@code substr} counts code points, our offsets UTF-16
 * units: the two agree on texts without supplementary characters ({@code bmp_only}), which are cut
 * in SQL; others are cut here from the whole text, loaded once per document (a few kept).
 */
final class Evidence {
  private final Connection connection;

  /** Texts by document key, the few last used: scans read documents in runs, not at random. */
  private final Map<Long, String> texts =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
          return size() > 64;
        }
      };

  Evidence(Connection connection) {
    this.connection = connection;
  }

  static String column(String alias) {
    return "CASE WHEN d.bmp_only = 1 THEN substr(d.text, "
        + alias
        + ".start_offset + 1, "
        + alias
        + ".end_offset - "
        + alias
        + ".start_offset) END AS evidence";
  }

  String cut(ResultSet r, Span span) throws SQLException {
    String cut = r.getString("evidence");
    return cut != null ? cut : span.of(textOf(r));
  }

  String textOf(ResultSet r) throws SQLException {
    long doc = r.getLong("doc_key");
    String text = texts.get(doc);
    if (text == null) {
      try (PreparedStatement p =
          connection.prepareStatement("SELECT text FROM documents WHERE doc = ?")) {
        p.setLong(1, doc);
        try (ResultSet t = p.executeQuery()) {
          t.next();
          text = t.getString(1);
        }
      }
      texts.put(doc, text);
    }
    return text;
  }
}
