package org.readout.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.server.ServerContext;
import org.readout.store.Correction;
import org.readout.store.CorrectionDraft;
import org.readout.store.CorrectionException;
import org.readout.store.CorrectionQuery;
import org.readout.store.Seek;

/**
 * {@code /api/corrections}: propose a correction (token), review it (token), list and read them.
 * The store checks a proposal against its document; its refusals become 400 (a field), 404 (no such
 * document or correction) or 409 (already reviewed).
 */
final class CorrectionRoutes {
  private static final Set<String> PROPOSAL_FIELDS =
      Set.of(
          "documentId",
          "layer",
          "start",
          "end",
          "field",
          "proposed",
          "comment",
          "author",
          "itemKey");
  private static final Set<String> REVIEW_FIELDS = Set.of("decision", "reviewer", "comment");

  private final ServerContext context;

  CorrectionRoutes(ServerContext context) {
    this.context = context;
  }

  void propose(Context ctx) throws Exception {
    String writer = context.requireWriter(ctx);
    JsonNode body = Bodies.json(ctx, context.maxBodyBytes());
    Bodies.onlyFields(body, PROPOSAL_FIELDS, "body");
    String documentId = Bodies.required(body, "documentId", 2000);
    Correction.Layer layer = label(Correction.Layer.class, body, "layer");
    int start = Bodies.offset(body, "start");
    int end = Bodies.offset(body, "end");
    if (end < start) {
      throw new ApiException(400, "end", "end is before start");
    }
    Correction.Field field = label(Correction.Field.class, body, "field");
    String author = Bodies.string(body, "author", 100);
    CorrectionDraft draft =
        new CorrectionDraft(
            documentId,
            layer,
            new Span(start, end),
            Bodies.string(body, "itemKey", 300),
            field,
            Bodies.string(body, "proposed", 300),
            Bodies.string(body, "comment", 2000),
            author == null || author.isBlank() ? writer : author.strip());
    Correction c = store(() -> context.store().propose(draft, Instant.now()));
    ctx.status(201);
    ApiRoutes.json(ctx, context, json(c, context.json()));
  }

  void review(Context ctx) throws Exception {
    String writer = context.requireWriter(ctx);
    long id = id(ctx);
    JsonNode body = Bodies.json(ctx, context.maxBodyBytes());
    Bodies.onlyFields(body, REVIEW_FIELDS, "body");
    boolean accept = accepts(body);
    String by = reviewer(body, writer);
    Correction c = store(() -> context.store().review(id, accept, by, Instant.now()));
    ApiRoutes.json(ctx, context, json(c, context.json()));
  }

  void one(Context ctx) throws Exception {
    long id = id(ctx);
    Correction c =
        context
            .store()
            .correction(id)
            .orElseThrow(() -> new ApiException(404, "id", "no correction " + id));
    ApiRoutes.json(ctx, context, json(c, context.json()));
  }

  void list(Context ctx) throws Exception {
    QueryParams p =
        new QueryParams(ctx, Set.of("status", "doc", "limit", "cursor"), context.actorFilters());
    Correction.Status s = status(p);
    String doc = p.string("doc");
    Integer limit = p.integer("limit", 1, Pages.MAX_SIZE);
    // Keyset paging by correction id, the listing's order: a page starts after the last one's id
    // at any depth, and a correction proposed between pages is listed once, at the end.
    Pages.Page<Correction> page =
        Pages.seekPage(
            p.string("cursor"),
            limit == null ? Pages.DEFAULT_SIZE : limit,
            ctx.queryParamMap(),
            true,
            (after, n, sink) ->
                context
                    .store()
                    .scanCorrections(
                        new CorrectionQuery(s, doc, after == null ? 0 : after.number(), n),
                        c -> sink.accept(c, new Seek(null, Long.toString(c.id())))));
    ObjectNode body = context.json().createObjectNode();
    ArrayNode items = body.putArray("items");
    page.rows().forEach(c -> items.add(json(c, context.json())));
    body.put("next", page.next());
    ApiRoutes.json(ctx, context, body);
  }

  /** The JSON form of a correction; field names are the request's, plus the review state. */
  static ObjectNode json(Correction c, ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", c.id());
    n.put("documentId", c.documentId());
    n.put("layer", c.layer().label());
    n.put("start", c.span().start());
    n.put("end", c.span().end());
    n.put("text", c.spanText());
    n.put("itemKey", c.itemKey());
    n.put("field", c.field().label());
    n.put("original", c.original());
    n.put("proposed", c.proposed());
    n.put("comment", c.comment());
    n.put("author", c.author());
    n.put("createdAt", c.createdAt().toString());
    n.put("status", c.status().label());
    n.put("reviewedBy", c.reviewedBy());
    n.put("reviewedAt", c.reviewedAt() == null ? null : c.reviewedAt().toString());
    n.put("applied", c.applied());
    return n;
  }

  private static long id(Context ctx) {
    return id(ctx, "a correction");
  }

  /** The {@code {id}} path parameter: a positive number, else a 400 naming {@code what}. */
  static long id(Context ctx, String what) {
    String s = ctx.pathParam("id");
    try {
      long id = Long.parseLong(s);
      if (id <= 0) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      throw new ApiException(400, "id", what + " id is a positive number: " + s);
    }
  }

  /** The {@code status} filter of a review queue (corrections, rules), or null for all. */
  static Correction.@Nullable Status status(QueryParams p) {
    String text = p.string("status");
    if (text == null) {
      return null;
    }
    Correction.Status status = Correction.parse(Correction.Status.class, text);
    if (status == null) {
      throw new ApiException(400, "status", "status is pending, accepted or rejected: " + text);
    }
    return status;
  }

  /** Whether a review body's {@code decision} is {@code accept} (else it is {@code reject}). */
  static boolean accepts(JsonNode body) {
    String decision = Bodies.required(body, "decision", 20);
    if (!decision.equals("accept") && !decision.equals("reject")) {
      throw new ApiException(400, "decision", "decision is accept or reject: " + decision);
    }
    return decision.equals("accept");
  }

  /** The review body's {@code reviewer}, else the token's label. */
  static String reviewer(JsonNode body, String writer) {
    String reviewer = Bodies.string(body, "reviewer", 100);
    return reviewer == null || reviewer.isBlank() ? writer : reviewer.strip();
  }

  private static <E extends Enum<E>> E label(Class<E> type, JsonNode body, String field) {
    String s = Bodies.required(body, field, 40);
    E e = Correction.parse(type, s);
    if (e == null) {
      String known =
          Arrays.stream(type.getEnumConstants())
              .map(x -> x.name().toLowerCase(java.util.Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new ApiException(
          400, field, "unknown " + field + " '" + s + "' (known: " + known + ")");
    }
    return e;
  }

  /** Runs a store call, turning its refusals into API errors. */
  static <T> T store(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (CorrectionException e) {
      int status =
          switch (e.reason()) {
            case BAD_FIELD -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
          };
      throw new ApiException(status, e.field(), e.getMessage());
    }
  }
}
