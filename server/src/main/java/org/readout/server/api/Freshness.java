package org.readout.server.api;

import io.javalin.http.Context;
import java.util.Locale;
import org.readout.server.ServerContext;

/**
 * HTTP revalidation of the JSON API's reads: every successful {@code GET /api/...} answer carries
 * an {@code ETag} made of this server's start and the store's {@link
 * org.readout.store.ArticleStore#dataVersion data version}, with {@code Cache-Control: no-cache}; a
 * request whose {@code If-None-Match} names the current tag is answered 304 without running its
 * query.
 *
 * <p>Design decision: the tag is read before the query runs, so an answer is never tagged with a
 * version newer than the data it was made from: a write that lands during the query at worst costs
 * the client one more full answer. The tag names the data, not the request: it is only valid
 * together with the URL the client cached it for, which is how HTTP caches key it. A new server
 * process (perhaps a new build that renders rows differently) starts new tags.
 */
final class Freshness {
  private final ServerContext context;
  private final String start = Long.toString(System.currentTimeMillis(), 36);

  Freshness(ServerContext context) {
    this.context = context;
  }

  /** Before a GET: answers 304 when the client holds the current answer, else sets the tag. */
  void check(Context ctx) {
    if (!ctx.method().name().toUpperCase(Locale.ROOT).equals("GET")) {
      return;
    }
    String tag = "W/\"" + start + "-" + context.store().dataVersion() + "\"";
    ctx.header("Cache-Control", "no-cache");
    String held = ctx.header("If-None-Match");
    if (held != null && matches(held, tag)) {
      ctx.header("ETag", tag);
      ctx.status(304);
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.header("ETag", tag);
  }

  /** After a GET: an error answer keeps no tag, so it is never revalidated as if it were data. */
  static void keepOnlyOnSuccess(Context ctx) {
    int status = ctx.statusCode();
    if (status != 200 && status != 304) {
      ctx.res().setHeader("ETag", null);
    }
  }

  private static boolean matches(String ifNoneMatch, String tag) {
    for (String t : ifNoneMatch.split(",")) {
      String held = t.strip();
      // Weak comparison (RFC 9110 13.1.2): W/ prefixes do not matter.
      if (held.equals("*") || strip(held).equals(strip(tag))) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
