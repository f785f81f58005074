package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.DateCandidate;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.Place;
import org.readout.core.model.Quote;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.store.Corrections;

/**
 * The JSON form of an annotated document, in one place for {@code readout extract} and {@code
 * readout show} ({@link #extracted}) and the API's {@code GET /api/documents/<id>} ({@link
 * #stored}). Field names are a published interface (users' scripts read them): {@code id, title,
 * url, date, dateSource, actors, quotes, times, events, flags}; the surface text stands beside
 * every offset pair, so the output reads on its own.
 *
 * <p>The two forms differ where their readers do: the command line's says {@code "language": "en"}
 * (other languages are skipped with their own code) and gives each event's location; the API's
 * gives each event the {@code key} that corrections name, and always the {@code text} every offset
 * indexes (UTF-16 code units).
 */
public final class DocumentJson {
  private final ObjectMapper mapper;

  public DocumentJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The output line of a document that could not be read: {@code {"id", "error"}}. */
  public ObjectNode error(String id, String message) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("error", message);
    return o;
  }

  /**
   * The answer for a document that is not in English, which Readout does not analyse: {@code {"id",
   * "language", "skipped": "not English"}}.
   *
   * @param language the guessed BCP 47 code ({@code fr}, {@code zh}, {@code und})
   */
  public ObjectNode notEnglish(String id, String language) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("language", language);
    o.put("skipped", "not English");
    return o;
  }

  /** A document as {@code readout extract} and {@code readout show} print it. */
  public ObjectNode extracted(AnnotatedArticle doc, boolean includeText) {
    return of(doc, true, includeText);
  }

  /** A stored document as the API answers it, with event keys and the text. */
  public ObjectNode stored(AnnotatedArticle doc) {
    return of(doc, false, true);
  }

  private ObjectNode of(AnnotatedArticle doc, boolean commandLine, boolean includeText) {
    String text = doc.text();
    ObjectNode o = mapper.createObjectNode();
    o.put("id", doc.article().id());
    if (doc.article().title() != null) {
      o.put("title", doc.article().title());
    }
    if (doc.article().url() != null) {
      o.put("url", doc.article().url());
    }
    o.put("date", doc.article().date() == null ? null : doc.article().date().toString());
    o.put("dateSource", doc.article().dateSource().label());
    if (commandLine) {
      // Only English is analysed; other languages are skipped with their own code (LanguageGuess).
      o.put("language", "en");
    }
    if (!doc.dateCandidates().isEmpty()) {
      ArrayNode cands = o.putArray("dateCandidates");
      for (DateCandidate c : doc.dateCandidates()) {
        cands
            .addObject()
            .put("date", c.date().toString())
            .put("score", c.score())
            .put("reason", c.reason());
      }
    }
    actors(o.putArray("actors"), doc, text);
    quotes(o.putArray("quotes"), doc, text);
    ArrayNode times = o.putArray("times");
    for (TimeExpression t : doc.times()) {
      span(times.addObject(), t.span(), text).put("kind", t.kind().label()).put("value", t.value());
    }
    ArrayNode events = o.putArray("events");
    for (Event e : doc.events()) {
      event(events.addObject(), e, text, commandLine);
    }
    ArrayNode flags = o.putArray("flags");
    for (Flag f : doc.flags()) {
      ObjectNode n = flags.addObject();
      n.put("kind", f.kind());
      span(n, f.span(), text);
      spanOrNull(n, "other", f.other(), text);
      n.put("message", f.message());
    }
    if (includeText) {
      o.put("text", text);
    }
    return o;
  }

  private static void actors(ArrayNode actors, AnnotatedArticle doc, String text) {
    for (Actor a : doc.actors()) {
      ObjectNode n = actors.addObject();
      n.put("id", a.id());
      n.put("name", a.name());
      n.put("kind", a.kind().label());
      n.put("code", a.code());
      n.put("country", a.country());
      if (a.role() != null) {
        n.put("role", a.role());
      }
      if (!a.members().isEmpty()) {
        ArrayNode members = n.putArray("members");
        a.members().forEach(members::add);
      }
      ArrayNode mentions = n.putArray("mentions");
      for (Mention m : a.mentions()) {
        span(mentions.addObject(), m.span(), text).put("kind", m.kind().label());
      }
    }
  }

  private static void quotes(ArrayNode quotes, AnnotatedArticle doc, String text) {
    for (Quote q : doc.quotes()) {
      ObjectNode n = span(quotes.addObject(), q.span(), text);
      n.put("kind", q.kind().label());
      n.put("date", q.date());
      n.put("speaker", q.speaker());
      n.put("speakerName", nameOf(doc, q.speaker()));
      spanOrNull(n, "speakerMention", q.speakerMention(), text);
      n.put("via", q.via());
      n.put("viaName", nameOf(doc, q.via()));
      spanOrNull(n, "cue", q.cue(), text);
      n.put("confidence", round(q.confidence()));
    }
  }

  private static void event(ObjectNode n, Event e, String text, boolean commandLine) {
    n.put("source", e.source());
    n.put("target", e.target());
    n.put("sourceCode", e.sourceCode());
    n.put("targetCode", e.targetCode());
    n.put("code", e.code());
    n.put("rootCode", e.rootCode());
    n.put("quadClass", e.quadClass());
    n.put("goldstein", e.goldstein());
    n.put("date", e.date());
    span(n, e.span(), text);
    n.put("mentions", e.mentions());
    n.put("confidence", round(e.confidence()));
    if (!commandLine) {
      n.put("key", Corrections.eventKey(e));
      return;
    }
    Place where = e.location();
    if (where != null) {
      ObjectNode l = span(n.putObject("location"), where.span(), text);
      l.put("kind", where.kind().label());
      l.put("name", where.name());
      l.put("fullName", where.fullName());
      l.put("country", where.country());
      l.put("adm1", where.adm1());
      l.put("latitude", where.latitude());
      l.put("longitude", where.longitude());
      l.put("featureId", where.featureId());
    }
  }

  private static ObjectNode span(ObjectNode n, Span s, String text) {
    return n.put("start", s.start()).put("end", s.end()).put("text", s.of(text));
  }

  private static void spanOrNull(ObjectNode n, String field, @Nullable Span s, String text) {
    if (s == null) {
      n.putNull(field);
    } else {
      span(n.putObject(field), s, text);
    }
  }

  private static @Nullable String nameOf(AnnotatedArticle doc, @Nullable String actorId) {
    Actor a = doc.actor(actorId);
    return a == null ? null : a.name();
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
