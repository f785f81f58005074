package org.readout.server.api;

import io.javalin.http.Context;
import org.readout.server.ServerContext;
import org.readout.store.StoryQuery;

/**
 * {@code GET /api/stories} (the stories, newest day first, with {@code readout stories}' filters,
 * the cursor and {@code format=csv}) and {@code GET /api/stories/{id}} (one story: its articles,
 * why each joined, and its deduplicated events with every mention they stand for).
 *
 * <p>Design decision: the list reuses {@link QueryRoutes}' parameter, paging and format handling,
 * so stories page, download and fail like every other list.
 */
final class StoryRoutes {
  private final ServerContext context;
  private final QueryRoutes queries;

  StoryRoutes(ServerContext context, QueryRoutes queries) {
    this.context = context;
    this.queries = queries;
  }

  void list(Context ctx) throws Exception {
    QueryParams p = queries.params(ctx, "actor", "from", "to");
    QueryRoutes.Format format = QueryRoutes.format(ctx, false);
    var actor = p.actor("actor");
    var days = p.range();
    queries.respond(
        ctx,
        format,
        StoryViews.STORIES,
        queries.page(
            ctx,
            format,
            limit ->
                sink -> context.store().scanStories(new StoryQuery(actor, days, limit), sink)));
  }

  void one(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    StoryDetail detail =
        StoryDetail.load(context.store(), id)
            .orElseThrow(() -> new ApiException(404, "id", "no story " + id));
    ApiRoutes.json(ctx, context, detail.json(context.json()));
  }
}
