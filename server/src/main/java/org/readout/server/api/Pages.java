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
import org.readout.store.Seek;

/**
 * Cursor pagination over the store's ordered queries. A cursor is opaque to clients: it encodes
 * where the next page starts and a fingerprint of the filters, so a cursor used with other filters
 * is refused rather than silently paging another result.
 *
 * <p>Design decision: events, quotes, documents, flags and corrections page by keyset ({@link
 * #seekPage}): the cursor holds the sort value and key of the page's last row ({@link Seek}) and
 * the next page is the query's rows strictly after it, so every page costs the same at any depth
 * and paging returns every row once even while an ingest adds rows. The other lists (actors, rules)
 * are small or aggregated and page by offset ({@link #page}): a query limited to offset + size + 1,
 * so their depth is capped at {@link #MAX_DEPTH}. Either way one row more than the page is read, to
 * tell whether there is a next page.
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

  private static final String SEEK_VERSION = "k1";

  /** A keyset query: its rows strictly after {@code after} (null: from the first), in order. */
  @FunctionalInterface
  interface SeekScan<T> {
    void scan(@Nullable Seek after, int limit, Seek.Sink<T> sink);
  }

  /**
   * One keyset page of {@code size} rows from {@code cursor}'s position (null: the first page).
   *
   * @param numericKey whether the scan's keys are row numbers (events, quotes), to refuse a forged
   *     cursor as a 400 rather than fail in the store
   */
  static <T> Page<T> seekPage(
      @Nullable String cursor,
      int size,
      Map<String, List<String>> params,
      boolean numericKey,
      SeekScan<T> scan) {
    Seek after = cursor == null ? null : seek(cursor, params, numericKey);
    List<T> rows = new ArrayList<>(Math.min(size + 1, 1024));
    List<Seek> positions = new ArrayList<>(Math.min(size + 1, 1024));
    scan.scan(
        after,
        size + 1,
        (row, position) -> {
          rows.add(row);
          positions.add(position);
        });
    if (rows.size() <= size) {
      return new Page<>(rows, null);
    }
    rows.remove(size);
    Seek last = positions.get(size - 1);
    String raw =
        SEEK_VERSION
            + "|"
            + fingerprint(params)
            + "|"
            + (last.value() == null ? "n||" : "v|" + last.value() + "|")
            + last.key();
    return new Page<>(rows, encode(raw));
  }

  private static Seek seek(String cursor, Map<String, List<String>> params, boolean numericKey) {
    String[] parts = decode(cursor).split("\\|", 5);
    if (parts.length != 5
        || !parts[0].equals(SEEK_VERSION)
        || !(parts[2].equals("n") || parts[2].equals("v"))) {
      throw notOurs();
    }
    if (!parts[1].equals(fingerprint(params))) {
      throw new ApiException(400, "cursor", "this cursor belongs to a query with other filters");
    }
    Seek seek = new Seek(parts[2].equals("n") ? null : parts[3], parts[4]);
    if (numericKey) {
      try {
        seek.number();
      } catch (IllegalArgumentException e) {
        throw notOurs();
      }
    }
    return seek;
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notOurs();
    }
  }

  private static ApiException notOurs() {
    return new ApiException(400, "cursor", "not a cursor of this server");
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private Pages() {}

  /** One page of rows and the cursor of the next, or null at the end. */
  record Page<T>(List<T> rows, @Nullable String next) {}

  /** Where a request starts: the offset its cursor encodes (0 without one). */
  static int offset(@Nullable String cursor, Map<String, List<String>> params) {
    if (cursor == null) {
      return 0;
    }
    String[] parts = decode(cursor).split("\\|", -1);
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
    return encode(VERSION + "|" + offset + "|" + fingerprint(params));
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
