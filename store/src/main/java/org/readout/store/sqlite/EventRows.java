package org.readout.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;
import org.readout.core.model.Place;
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
        place(r));
  }

  /**
   * The event's action location (schema 6), or null when it has none: a row written before schema 6
   * has NULL there, an old store's events have no known location.
   */
  static @Nullable Place place(ResultSet r) throws SQLException {
    String kind;
    try {
      kind = r.getString("location_kind");
    } catch (SQLException noColumn) {
      return null; // a store opened below schema 6 (migration tests)
    }
    if (kind == null) {
      return null;
    }
    return new Place(
        new Span(r.getInt("location_start"), r.getInt("location_end")),
        Place.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
        r.getString("location_name"),
        r.getString("location_full_name"),
        r.getString("location_country"),
        r.getString("location_adm1"),
        real(r, "location_latitude"),
        real(r, "location_longitude"),
        r.getString("location_feature_id"));
  }

  private static @Nullable Double real(ResultSet r, String column) throws SQLException {
    double d = r.getDouble(column);
    return r.wasNull() ? null : d;
  }
}
