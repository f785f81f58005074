package org.readout.server.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.readout.core.model.AnnotatedArticle;
import org.readout.server.ServerContext;
import org.readout.server.WebRoutes;

/** The JSON API's routes, under {@code /api/}; docs/server.md describes each one. */
public final class ApiRoutes implements WebRoutes {
  @Override
  public void addTo(JavalinConfig config, ServerContext context) {
    DocumentJson documents = new DocumentJson(context.json());
    config.routes.get(
        "/api/documents/<id>",
        ctx -> {
          String id = ctx.pathParam("id");
          AnnotatedArticle doc =
              context
                  .store()
                  .document(id)
                  .orElseThrow(() -> new ApiException(404, "id", "no document " + id));
          json(ctx, context, documents.of(doc));
        });
  }

  static void json(Context ctx, ServerContext context, Object body) throws Exception {
    ctx.contentType("application/json").result(context.json().writeValueAsBytes(body));
  }
}
