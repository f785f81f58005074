package org.readout.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.server.ServerContext;
import org.readout.store.Correction;
import org.readout.store.DictionaryRule;

/**
 * {@code /api/rules}: the dictionary rules that accepted speaker corrections offered (a person the
 * actor dictionary does not know, as a {@code people.tsv} line for a local overlay), listed, read,
 * and reviewed with the token: accepted (completing role, country, code and term dates) or
 * rejected.
 */
final class RuleRoutes {
  private static final Set<String> REVIEW_FIELDS =
      Set.of(
          "decision",
          "reviewer",
          "comment",
          "short",
          "gender",
          "country",
          "role",
          "code",
          "start",
          "end");

  private final ServerContext context;

  RuleRoutes(ServerContext context) {
    this.context = context;
  }

  void list(Context ctx) throws Exception {
    QueryParams p =
        new QueryParams(ctx, Set.of("status", "limit", "cursor"), context.actorFilters());
    Correction.Status s = CorrectionRoutes.status(p);
    Integer limit = p.integer("limit", 1, Pages.MAX_SIZE);
    var params = ctx.queryParamMap();
    Pages.Page<DictionaryRule> page =
        Pages.page(
            Pages.offset(p.string("cursor"), params),
            limit == null ? Pages.DEFAULT_SIZE : limit,
            params,
            n -> sink -> context.store().scanRules(s, n, sink));
    ObjectNode body = context.json().createObjectNode();
    ArrayNode items = body.putArray("items");
    page.rows().forEach(r -> items.add(json(r, context.json())));
    body.put("next", page.next());
    ApiRoutes.json(ctx, context, body);
  }

  void one(Context ctx) throws Exception {
    long id = CorrectionRoutes.id(ctx, "a rule");
    DictionaryRule r =
        context
            .store()
            .rule(id)
            .orElseThrow(() -> new ApiException(404, "id", "no dictionary rule " + id));
    ApiRoutes.json(ctx, context, json(r, context.json()));
  }

  void review(Context ctx) throws Exception {
    String writer = context.requireWriter(ctx);
    long id = CorrectionRoutes.id(ctx, "a rule");
    JsonNode body = Bodies.json(ctx, context.maxBodyBytes());
    Bodies.onlyFields(body, REVIEW_FIELDS, "body");
    DictionaryRule.Decision d =
        new DictionaryRule.Decision(
            CorrectionRoutes.accepts(body),
            CorrectionRoutes.reviewer(body, writer),
            Bodies.string(body, "short", 200),
            Bodies.string(body, "gender", 10),
            Bodies.string(body, "country", 10),
            Bodies.string(body, "role", 100),
            Bodies.string(body, "code", 30),
            date(body, "start"),
            date(body, "end"),
            Bodies.string(body, "comment", 2000));
    DictionaryRule r =
        CorrectionRoutes.store(() -> context.store().reviewRule(id, d, Instant.now()));
    ApiRoutes.json(ctx, context, json(r, context.json()));
  }

  /**
   * The JSON form of a rule: the people.tsv columns, the review state, and {@code line}, the TSV
   * line an accepted rule adds to the overlay (null while pending or rejected).
   */
  static ObjectNode json(DictionaryRule r, ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", r.id());
    n.put("correction", r.correctionId());
    n.put("documentId", r.documentId());
    n.put("actorId", r.actorId());
    n.put("personId", r.personId());
    n.put("name", r.name());
    n.put("short", r.shortName());
    ArrayNode aliases = n.putArray("aliases");
    r.aliases().forEach(aliases::add);
    n.put("gender", r.gender());
    n.put("country", r.country());
    n.put("role", r.role());
    n.put("code", r.code());
    n.put("start", r.start() == null ? null : r.start().toString());
    n.put("end", r.end() == null ? null : r.end().toString());
    n.put("status", r.status().label());
    n.put("createdAt", r.createdAt().toString());
    n.put("reviewedBy", r.reviewedBy());
    n.put("reviewedAt", r.reviewedAt() == null ? null : r.reviewedAt().toString());
    n.put("comment", r.comment());
    n.put("line", r.status() == Correction.Status.ACCEPTED ? r.tsvLine() : null);
    return n;
  }

  private static @Nullable LocalDate date(JsonNode body, String field) {
    String s = Bodies.string(body, field, 40);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(400, field, "'" + s + "' is not a date (YYYY-MM-DD, a real day)");
    }
  }
}
