package org.readout.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.ActorKind;
import org.readout.server.ServerContext;
import org.readout.store.ActorQuery;
import org.readout.store.ArticleStore;
import org.readout.store.BadQueryException;
import org.readout.store.Csv;
import org.readout.store.DocumentQuery;
import org.readout.store.EventQuery;
import org.readout.store.FlagQuery;
import org.readout.store.QuoteQuery;
import org.readout.store.StoredEvent;
import org.readout.store.gdelt.GdeltRows;

/**
 * The query endpoints: {@code /api/events}, {@code quotes}, {@code actors}, {@code documents} and
 * {@code flags}, with the command line's filters, a cursor, and {@code format=json} (a page
 * object), {@code csv} or, for events, {@code gdelt} (GDELT 2.0 TSV rows).
 */
final class QueryRoutes {
  private static final Set<String> PAGING = Set.of("limit", "cursor", "format");

  private final ServerContext context;

  QueryRoutes(ServerContext context) {
    this.context = context;
  }

  void events(Context ctx) throws Exception {
    QueryParams p =
        params(ctx, "actor", "with", "source", "target", "code", "quad", "from", "to", "doc");
    Format format = format(ctx, true);
    var actor = p.actor("actor");
    var with = p.actor("with");
    if (with != null && actor == null) {
      throw new ApiException(400, "with", "with needs actor (a dyad: actor=A&with=B)");
    }
    String code = p.string("code");
    if (code != null && !code.matches("\\d{1,4}")) {
      throw new ApiException(400, "code", "a CAMEO event code is 1 to 4 digits: " + code);
    }
    var source = p.actor("source");
    var target = p.actor("target");
    Integer quad = p.integer("quad", 1, 4);
    var days = p.range();
    String doc = p.string("doc");
    Pages.SeekScan<StoredEvent> scan =
        (after, limit, sink) ->
            store()
                .scanEvents(
                    new EventQuery(actor, with, source, target, code, quad, days, doc, limit),
                    after,
                    sink);
    if (format == Format.GDELT) {
      Pages.Page<StoredEvent> page = seekPage(ctx, format, true, scan);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (PrintWriter out =
          new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false)) {
        GdeltRows rows = new GdeltRows(store(), out);
        page.rows().forEach(rows::write);
      }
      download(ctx, "text/tab-separated-values", "events.tsv", page.next(), bytes.toByteArray());
      return;
    }
    respond(ctx, format, Views.EVENTS, seekPage(ctx, format, true, scan));
  }

  void quotes(Context ctx) throws Exception {
    QueryParams p = params(ctx, "speaker", "via", "search", "from", "to", "doc");
    Format format = format(ctx, false);
    var speaker = p.actor("speaker");
    var via = p.actor("via");
    String search = p.string("search");
    var dates = p.range();
    String doc = p.string("doc");
    respond(
        ctx,
        format,
        Views.QUOTES,
        seekPage(
            ctx,
            format,
            true,
            (after, limit, sink) -> {
              try {
                store()
                    .scanQuotes(
                        new QuoteQuery(speaker, via, search, dates, doc, limit), after, sink);
              } catch (BadQueryException e) {
                throw new ApiException(400, "search", e.getMessage());
              }
            }));
  }

  void actors(Context ctx) throws Exception {
    QueryParams p = params(ctx, "kind");
    Format format = format(ctx, false);
    String kindText = p.string("kind");
    ActorKind kind = null;
    if (kindText != null) {
      try {
        kind = ActorKind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            400,
            "kind",
            "unknown kind '"
                + kindText
                + "' (person, country, institution, organization, agency or group)");
      }
    }
    ActorKind k = kind;
    respond(
        ctx,
        format,
        Views.ACTORS,
        page(ctx, format, limit -> sink -> store().actors(new ActorQuery(k, limit)).forEach(sink)));
  }

  void documents(Context ctx) throws Exception {
    QueryParams p = params(ctx, "from", "to", "outlet");
    Format format = format(ctx, false);
    var dates = p.range();
    String outlet = p.string("outlet");
    respond(
        ctx,
        format,
        Views.DOCUMENTS,
        seekPage(
            ctx,
            format,
            false,
            (after, limit, sink) ->
                store().scanDocuments(new DocumentQuery(dates, outlet, limit), after, sink)));
  }

  void flags(Context ctx) throws Exception {
    QueryParams p = params(ctx, "kind", "doc");
    Format format = format(ctx, false);
    String kind = p.string("kind");
    String doc = p.string("doc");
    respond(
        ctx,
        format,
        Views.FLAGS,
        seekPage(
            ctx,
            format,
            true,
            (after, limit, sink) ->
                store().scanFlags(new FlagQuery(kind, doc, limit), after, sink)));
  }

  /** What a query answers with. */
  enum Format {
    JSON,
    CSV,
    GDELT
  }

  QueryParams params(Context ctx, String... filters) {
    Set<String> known = new java.util.TreeSet<>(PAGING);
    known.addAll(List.of(filters));
    return new QueryParams(ctx, known, context.actorFilters());
  }

  static Format format(Context ctx, boolean gdelt) {
    String f = ctx.queryParam("format");
    if (f == null || f.isBlank() || f.equals("json")) {
      return Format.JSON;
    }
    if (f.equals("csv")) {
      return Format.CSV;
    }
    if (f.equals("gdelt") && gdelt) {
      return Format.GDELT;
    }
    throw new ApiException(
        400, "format", "format is json or csv" + (gdelt ? " or gdelt" : "") + ": " + f);
  }

  <T> Pages.Page<T> page(Context ctx, Format format, IntFunction<Consumer<Consumer<T>>> scan) {
    var params = ctx.queryParamMap();
    boolean download = format != Format.JSON;
    int max = download ? Pages.DEFAULT_DOWNLOAD : Pages.MAX_SIZE;
    int size = pageSize(ctx, download ? Pages.DEFAULT_DOWNLOAD : Pages.DEFAULT_SIZE, max);
    int offset = Pages.offset(blankToNull(ctx.queryParam("cursor")), params);
    return Pages.page(offset, size, params, scan);
  }

  /** A keyset page ({@link Pages#seekPage}) of a JSON answer or a download. */
  private <T> Pages.Page<T> seekPage(
      Context ctx, Format format, boolean numericKey, Pages.SeekScan<T> scan) {
    boolean download = format != Format.JSON;
    int max = download ? Pages.DEFAULT_DOWNLOAD : Pages.MAX_SIZE;
    int size = pageSize(ctx, download ? Pages.DEFAULT_DOWNLOAD : Pages.DEFAULT_SIZE, max);
    return Pages.seekPage(
        blankToNull(ctx.queryParam("cursor")), size, ctx.queryParamMap(), numericKey, scan);
  }

  private static int pageSize(Context ctx, int def, int max) {
    String s = ctx.queryParam("limit");
    if (s == null || s.isBlank()) {
      return def;
    }
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 1 || n > max) {
        throw new ApiException(400, "limit", "limit must be 1 to " + max + ": " + s);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(400, "limit", "limit is not a number: " + s);
    }
  }

  <T> void respond(Context ctx, Format format, RowView<T> view, Pages.Page<T> page)
      throws Exception {
    ObjectMapper json = context.json();
    if (format == Format.CSV) {
      StringBuilder b = new StringBuilder();
      b.append(Csv.record(view.columns())).append("\r\n");
      for (T row : page.rows()) {
        b.append(Csv.record(view.cells(row))).append("\r\n");
      }
      download(
          ctx, "text/csv", "rows.csv", page.next(), b.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    // Rows straight to the body's bytes: no tree per row.
    Answers.send(
        ctx,
        "application/json",
        out -> {
          try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (T row : page.rows()) {
              view.write(row, g, json);
            }
            g.writeEndArray();
            g.writeStringField("next", page.next());
            g.writeEndObject();
          }
        });
  }

  /** A download; the next page's cursor, when there is one, travels in a header. */
  private static void download(
      Context ctx, String type, String name, @Nullable String next, byte[] body) {
    if (next != null) {
      ctx.header("X-Next-Cursor", next);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(type + "; charset=utf-8").result(body);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private ArticleStore store() {
    return context.store();
  }
}
