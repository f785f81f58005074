package org.readout.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.store.ActorFilters;
import org.readout.store.ActorMatch;
import org.readout.store.DateRange;

/**
 * Reads a page's query parameters into store filters. A bad value is a {@link BadParam} naming the
 * field, which the page shows above its form with a 400 status; an empty value is no filter.
 */
final class Params {
  private final Context ctx;
  private final ActorFilters actors;

  Params(Context ctx, ActorFilters actors) {
    this.ctx = ctx;
    this.actors = actors;
  }

  /** A bad query parameter: what the field is and why it was refused. */
  static final class BadParam extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadParam(String field, String message) {
      super(field + ": " + message);
    }
  }

  /** The stripped value of {@code name}, or null when absent or blank. */
  @Nullable String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The value of {@code name} for a form field's {@code value}: "" when absent. */
  String value(String name) {
    String v = text(name);
    return v == null ? "" : v;
  }

  @Nullable LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadParam(name, "not a date (YYYY-MM-DD): " + v);
    }
  }

  DateRange dates(String from, String to) {
    LocalDate f = date(from);
    LocalDate t = date(to);
    if (f != null && t != null && t.isBefore(f)) {
      throw new BadParam(to, "ends before " + from);
    }
    return new DateRange(f, t);
  }

  /** An integer in {@code [min, max]}, or {@code fallback} when absent. */
  int integer(String name, int min, int max, int fallback) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new BadParam(name, "must be " + min + " to " + max + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadParam(name, "not a number: " + v);
    }
  }

  /** A CAMEO event code prefix (1 to 4 digits), or null. */
  @Nullable String eventCode(String name) {
    String v = text(name);
    if (v != null && !v.matches("\\d{1,4}")) {
      throw new BadParam(name, "a CAMEO event code is 1 to 4 digits: " + v);
    }
    return v;
  }

  /**
   * The actor filter for {@code name}, read as the command line reads it: a CAMEO code prefix
   * ({@code RUS}, {@code RUSGOV}), an ISO country code, a name the actor dictionary knows ({@code
   * Putin}), an actor id ({@code person/ana-lima}) or any other name matched in full.
   */
  @Nullable ActorMatch actor(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    ActorMatch m = actors.resolve(v);
    if (m == null) {
      return null;
    }
    // An id typed as such (the links of these pages carry ids) matches that actor too.
    if (v.contains("/") && !m.actorIds().contains(v)) {
      List<String> ids = new java.util.ArrayList<>(m.actorIds());
      ids.add(v);
      return new ActorMatch(m.text(), m.codePrefixes(), ids, m.names());
    }
    return m;
  }
}
