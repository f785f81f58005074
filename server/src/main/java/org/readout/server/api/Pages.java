package org.readout.server.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Cursor pagination over the store's ordered queries. A cursor is opaque to clients: it encodes how
 * many rows were served and a fingerprint of the filters, so a cursor used with other filters is
 * refused rather than silently paging another result.
 *
 * <p>Design decision: the store's queries take a row limit, not a position, so a page is the rows
 * after the cursor's offset of a query limited to offset + size + 1 (the extra row tells whether
 * there is a next page). That costs O(offset) per page, so the depth is capped at {@link
 * #MAX_DEPTH}; narrower filters (a date range) reach older rows.
 */
final class Pages {
  /** Rows per JSON page when the request names none, and the most it may ask for. */
  static final int DEFAULT_SIZE = 50;

  static final int MAX_SIZE = 500;

  /** Rows per CSV or TSV download page: default and most. */
  static final int DEFAULT_DOWNLOAD = 10_000;

  /** How deep a cursor may page into one result. */
  static final int MAX_DEPTH = 100_000;

  private static final String VERSION = "r1";

  private Pages() {}

  /** One page of rows and the cursor of the next, or null at the end. */
  record Page<T>(List<T> rows, @Nullable String next) {}

  /** Where a request starts: the offset its cursor encodes (0 without one). */
  static int offset(@Nullable String cursor, Map<String, List<String>> params) {
    if (cursor == null) {
      return 0;
    }
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "cursor", "not a cursor of this server");
    }
    String[] parts = decoded.split("\\|", -1);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      throw new ApiException(400, "cursor", "not a cursor of this server");
    }
    if (!parts[2].equals(fingerprint(params))) {
      throw new ApiException(400, "cursor", "this cursor belongs to a query with other filters");
    }
    try {
      int offset = Integer.parseInt(parts[1]);
      if (offset < 0 || offset > MAX_DEPTH) {
        throw new ApiException(400, "cursor", "not a cursor of this server");
      }
      return offset;
    } catch (NumberFormatException e) {
      throw new ApiException(400, "cursor", "not a cursor of this server");
    }
  }

  /**
   * Runs {@code scan} for the rows {@code [offset, offset + size)} and the next page's cursor.
   *
   * @param scan runs the query with the given limit, calling the sink per row in order
   */
  static <T> Page<T> page(
      int offset,
      int size,
      Map<String, List<String>> params,
      IntFunction<Consumer<Consumer<T>>> scan) {
    if (offset + size > MAX_DEPTH) {
      throw new ApiException(
          400,
          "cursor",
          "pages end at row " + MAX_DEPTH + "; narrow the filters (from, to) to reach older rows");
    }
    List<T> rows = new ArrayList<>(Math.min(size + 1, 1024));
    int[] seen = {0};
    scan.apply(offset + size + 1)
        .accept(
            row -> {
              if (seen[0]++ >= offset) {
                rows.add(row);
              }
            });
    boolean more = rows.size() > size;
    if (more) {
      rows.remove(rows.size() - 1);
    }
    String next = more ? cursor(offset + size, params) : null;
    return new Page<>(rows, next);
  }

  static String cursor(int offset, Map<String, List<String>> params) {
    String raw = VERSION + "|" + offset + "|" + fingerprint(params);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** A short hash of the filters: every parameter but the cursor, the page size and the format. */
  private static String fingerprint(Map<String, List<String>> params) {
    Map<String, List<String>> filters = new TreeMap<>(params);
    filters.remove("cursor");
    filters.remove("limit");
    filters.remove("format");
    return Integer.toHexString(filters.toString().hashCode());
  }
}
