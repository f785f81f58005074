package org.readout.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.store.ActorFilters;
import org.readout.store.ActorMatch;
import org.readout.store.DateRange;

/**
 * The query string of one request, read with the command line's meanings ({@code actor=Putin},
 * {@code from=2025-01-01}) and strict about the rest: an unknown parameter, a repeated one, a bad
 * date or number is a 400 naming it.
 */
final class QueryParams {
  private final Map<String, List<String>> params;
  private final ActorFilters actors;

  QueryParams(Context ctx, Set<String> known, ActorFilters actors) {
    this.params = ctx.queryParamMap();
    this.actors = actors;
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      if (!known.contains(p.getKey())) {
        throw new ApiException(
            400,
            p.getKey(),
            "unknown parameter '" + p.getKey() + "' (known: " + String.join(", ", known) + ")");
      }
      if (p.getValue().size() > 1) {
        throw new ApiException(400, p.getKey(), "parameter '" + p.getKey() + "' is repeated");
      }
    }
  }

  /** The parameter's value, null when absent; an empty value counts as absent. */
  @Nullable String string(String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return null;
    }
    String s = v.get(0).strip();
    if (s.length() > 500) {
      throw new ApiException(400, name, name + " is longer than 500 characters");
    }
    return s;
  }

  @Nullable Integer integer(String name, int min, int max) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(s);
      if (n < min || n > max) {
        throw new ApiException(400, name, name + " must be " + min + " to " + max + ": " + s);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(400, name, name + " is not a number: " + s);
    }
  }

  @Nullable LocalDate date(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, name, "'" + s + "' is not a date (YYYY-MM-DD, a real day)");
    }
  }

  DateRange range() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new ApiException(400, "to", "the range ends before it starts: " + from + ".." + to);
    }
    return new DateRange(from, to);
  }

  @Nullable ActorMatch actor(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return actors.resolve(s);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, name, e.getMessage());
    }
  }
}
