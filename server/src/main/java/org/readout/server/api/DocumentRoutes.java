package org.readout.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readout.core.analysis.LanguageGuess;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.server.ServerContext;
import org.readout.store.Correction;
import org.readout.store.CorrectionQuery;
import org.readout.store.WriteOutcome;

/**
 * {@code POST /api/documents} (token): one article {@code {id, text, date, title, url}} or an array
 * of them, extracted and stored in one transaction; and {@code GET /api/documents/<id>}, a stored
 * document with its text, every layer and its corrections.
 */
final class DocumentRoutes {
  /** The most articles one request may carry; extraction takes a second or more each. */
  static final int MAX_DOCUMENTS = 100;

  private static final Set<String> FIELDS = Set.of("id", "text", "date", "title", "url");

  private final ServerContext context;
  private final DocumentJson documents;

  DocumentRoutes(ServerContext context) {
    this.context = context;
    this.documents = new DocumentJson(context.json());
  }

  void one(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    AnnotatedArticle doc =
        context
            .store()
            .document(id)
            .orElseThrow(() -> new ApiException(404, "id", "no document " + id));
    ObjectNode body = documents.stored(doc);
    ArrayNode corrections = body.putArray("corrections");
    context
        .store()
        .scanCorrections(
            new CorrectionQuery(null, id, 0, 10_000),
            (Correction c) -> corrections.add(CorrectionRoutes.json(c, context.json())));
    ApiRoutes.json(ctx, context, body);
  }

  void post(Context ctx) throws Exception {
    context.requireWriter(ctx);
    JsonNode body = Bodies.json(ctx, context.maxBodyBytes());
    List<Article> articles = new ArrayList<>();
    if (body.isArray()) {
      if (body.isEmpty()) {
        throw new ApiException(400, "body", "the array holds no document");
      }
      if (body.size() > MAX_DOCUMENTS) {
        throw new ApiException(
            400, "body", "at most " + MAX_DOCUMENTS + " documents per request: " + body.size());
      }
      for (JsonNode n : body) {
        articles.add(article(n));
      }
    } else {
      articles.add(article(body));
    }
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      if (!ids.add(a.id())) {
        throw new ApiException(400, "id", "document " + a.id() + " is given twice");
      }
    }
    // Text Readout cannot read is refused out loud, as extract and ingest do, not stored empty.
    List<AnnotatedArticle> extracted = new ArrayList<>();
    List<LanguageGuess> languages = new ArrayList<>();
    for (Article a : articles) {
      LanguageGuess language = LanguageGuess.of(a.text());
      languages.add(language);
      if (language.english()) {
        extracted.add(extract(a));
      }
    }
    List<WriteOutcome> outcomes =
        extracted.isEmpty() ? List.of() : context.store().write(extracted, Instant.now());
    ObjectNode out = context.json().createObjectNode();
    ArrayNode list = out.putArray("documents");
    int written = 0;
    for (int i = 0; i < articles.size(); i++) {
      LanguageGuess language = languages.get(i);
      if (!language.english()) {
        list.add(
            documents
                .notEnglish(articles.get(i).id(), language.language())
                .put("outcome", "skipped"));
        continue;
      }
      AnnotatedArticle d = extracted.get(written);
      list.addObject()
          .put("id", d.article().id())
          .put("outcome", outcomes.get(written).name().toLowerCase(java.util.Locale.ROOT))
          .put("actors", d.actors().size())
          .put("quotes", d.quotes().size())
          .put("times", d.times().size())
          .put("events", d.events().size())
          .put("flags", d.flags().size());
      written++;
    }
    ApiRoutes.json(ctx, context, out);
  }

  private AnnotatedArticle extract(Article a) {
    try {
      return context.extractor().extract(a);
    } catch (UnsupportedOperationException e) {
      throw new ApiException(501, null, "this server cannot extract documents");
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "text", a.id() + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // The engine failed on this text: the request is refused, the server keeps serving.
      throw new ApiException(422, "text", a.id() + ": analysis failed");
    }
  }

  private static Article article(JsonNode n) {
    Bodies.onlyFields(n, FIELDS, "document");
    String id = Bodies.required(n, "id", 2000);
    String text = Bodies.required(n, "text", 5_000_000);
    String dateText = Bodies.string(n, "date", 40);
    LocalDate date = null;
    if (dateText != null && !dateText.isBlank()) {
      try {
        date = LocalDate.parse(dateText.strip());
      } catch (DateTimeParseException e) {
        throw new ApiException(
            400, "date", "'" + dateText + "' is not a date (YYYY-MM-DD, a real day)");
      }
    }
    String url = Bodies.string(n, "url", 2000);
    if (url != null && !url.isBlank() && !url.matches("(?i)https?://\\S+")) {
      throw new ApiException(400, "url", "url must be an http(s) address: " + url);
    }
    return new Article(
        id.strip(),
        Bodies.string(n, "title", 2000),
        text,
        date,
        date == null ? DateSource.NONE : DateSource.GIVEN,
        url == null || url.isBlank() ? null : url.strip());
  }
}
