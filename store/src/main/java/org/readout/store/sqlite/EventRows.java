package org.readout.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.readout.core.model.Event;
import org.readout.core.model.Span;

/** Reads an {@link Event} from a row of the {@code events} table (selected with all columns). */
final class EventRows {
  private EventRows() {}

  static Event event(ResultSet r) throws SQLException {
    return new Event(
        r.getString("source"),
        r.getString("target"),
        r.getString("source_code"),
        r.getString("target_code"),
        r.getString("code"),
        r.getString("root_code"),
        r.getInt("quad_class"),
        r.getDouble("goldstein"),
        r.getString("date"),
        new Span(r.getInt("start_offset"), r.getInt("end_offset")),
        r.getInt("mentions"),
        r.getDouble("confidence"),
        null); // the store keeps no event locations yet
  }
}
