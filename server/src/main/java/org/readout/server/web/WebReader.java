package org.readout.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.readout.core.event.CameoCodebook;
import org.readout.core.model.AnnotatedArticle;
import org.readout.server.ServerContext;
import org.readout.server.WebRoutes;

/**
 * The web reader's routes: {@code /documents/<id>} (the article view; ids may hold slashes), the
 * browse pages {@code /documents}, {@code /quotes}, {@code /events}, {@code /actors}, the story
 * pages {@code /stories} and {@code /stories/ID}, the {@code /timeline}, the actor page {@code
 * /actor?id=}, the reader's CSS and scripts under {@code /static/} and Chart.js from its WebJar
 * under {@code /webjars/}. Every page is server-rendered HTML; errors are pages too (400 for a bad
 * filter, 404 for a missing document), never the API's JSON.
 */
public final class WebReader implements WebRoutes {
  /** Where Chart.js is served from (the WebJar's version is pinned in the parent POM). */
  static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  private final CameoCodebook codebook = CameoCodebook.loadBundled();

  @Override
  public void addTo(JavalinConfig config, ServerContext context) {
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/static";
          files.directory = "/web";
          files.location = Location.CLASSPATH;
        });
    config.staticFiles.enableWebjars();
    var store = context.store();
    ArticleItems items = new ArticleItems(codebook);
    BrowsePages browse = new BrowsePages(store, codebook);
    TimelinePage timeline = new TimelinePage(store, codebook);
    ActorPage actor = new ActorPage(store, codebook);
    CorrectionsPage corrections = new CorrectionsPage(store);
    StoryPages stories = new StoryPages(store, codebook);
    config.routes.get("/", ctx -> ctx.redirect("/documents"));
    config.routes.get("/documents", page(context, "Documents", "/documents", browse::documents));
    config.routes.get("/quotes", page(context, "Quotes", "/quotes", browse::quotes));
    config.routes.get("/events", page(context, "Events", "/events", browse::events));
    config.routes.get("/actors", page(context, "Actors", "/actors", browse::actors));
    config.routes.get("/stories", page(context, "Stories", "/stories", stories::list));
    config.routes.get(
        "/stories/{id}",
        ctx -> send(ctx, "Story", "/stories", () -> stories.one(ctx.pathParam("id"))));
    config.routes.get(
        "/timeline",
        page(context, "Timeline", "/timeline", timeline::render, CHART_JS, "/static/charts.js"));
    config.routes.get(
        "/corrections",
        page(
            context,
            "Corrections",
            "/corrections",
            p -> corrections.render(p, context.writable()),
            "/static/corrections.js"));
    config.routes.get(
        "/actor",
        ctx ->
            send(
                ctx,
                "Actor",
                "/actors",
                () -> {
                  String id = new Params(ctx, context.actorFilters()).text("id");
                  if (id == null) {
                    throw new PageException(400, Forms.error("id: which actor? (/actor?id=...)"));
                  }
                  return actor.render(id);
                },
                CHART_JS,
                "/static/charts.js"));
    config.routes.get(
        "/documents/<id>",
        ctx -> {
          String id = ctx.pathParam("id");
          Optional<AnnotatedArticle> doc = store.document(id);
          if (doc.isEmpty()) {
            ctx.status(404)
                .html(
                    Page.render(
                        "Not found",
                        "/documents",
                        "<h1>No such document</h1><p>The store has no document <code>"
                            + Html.esc(id)
                            + "</code>. <a href=\"/documents\">Browse the documents</a>.</p>"));
            return;
          }
          List<Item> list = items.of(doc.get());
          CorrectionForms forms =
              context.writable() ? new ProposalForms(doc.get()) : CorrectionForms.NONE;
          ctx.html(
              ArticlePage.render(
                  doc.get(),
                  list,
                  forms,
                  corrections.ofDocument(id, context.writable()),
                  store.storyOf(id).orElse(null)));
        });
  }

  private static Handler page(
      ServerContext context,
      String title,
      String active,
      Function<Params, String> body,
      String... scripts) {
    return ctx ->
        send(
            ctx, title, active, () -> body.apply(new Params(ctx, context.actorFilters())), scripts);
  }

  private static void send(
      Context ctx,
      String title,
      String active,
      java.util.function.Supplier<String> body,
      String... scripts) {
    try {
      ctx.html(Page.render(title, active, body.get(), scripts));
    } catch (PageException e) {
      ctx.status(e.status()).html(Page.render(title, active, e.body(), scripts));
    }
  }
}
