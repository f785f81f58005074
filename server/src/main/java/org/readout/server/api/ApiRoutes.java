package org.readout.server.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.readout.server.ServerContext;
import org.readout.server.WebRoutes;

/** The JSON API's routes, under {@code /api/}, and its description at {@code /openapi.json}. */
public final class ApiRoutes implements WebRoutes {
  @Override
  public void addTo(JavalinConfig config, ServerContext context) {
    QueryRoutes queries = new QueryRoutes(context);
    DocumentRoutes documents = new DocumentRoutes(context);
    CorrectionRoutes corrections = new CorrectionRoutes(context);
    StoryRoutes stories = new StoryRoutes(context, queries);
    RuleRoutes rules = new RuleRoutes(context);
    byte[] openapi = openapi();
    Freshness freshness = new Freshness(context);
    config.routes.before("/api/*", freshness::check);
    config.routes.after("/api/*", Freshness::keepOnlyOnSuccess);
    config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    config.routes.get("/api/events", queries::events);
    config.routes.get("/api/quotes", queries::quotes);
    config.routes.get("/api/actors", queries::actors);
    config.routes.get("/api/flags", queries::flags);
    config.routes.get("/api/documents", queries::documents);
    config.routes.post("/api/documents", documents::post);
    config.routes.get("/api/documents/<id>", documents::one);
    config.routes.get("/api/stories", stories::list);
    config.routes.get("/api/stories/{id}", stories::one);
    config.routes.get("/api/corrections", corrections::list);
    config.routes.post("/api/corrections", corrections::propose);
    config.routes.get("/api/corrections/{id}", corrections::one);
    config.routes.post("/api/corrections/{id}/review", corrections::review);
    config.routes.get("/api/rules", rules::list);
    config.routes.get("/api/rules/{id}", rules::one);
    config.routes.post("/api/rules/{id}/review", rules::review);
  }

  /** Answers with {@code body} as JSON. */
  static void json(Context ctx, ServerContext context, Object body) throws Exception {
    Answers.send(ctx, "application/json", out -> context.json().writeValue(out, body));
  }

  private static byte[] openapi() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
