package org.readout.cli;

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

/**
 * The JSON form of an extracted document. Field names are a published interface (later issues and
 * users' scripts read them): {@code id, date, dateSource, actors, quotes, times, events, flags};
 * surface text is included beside every offset pair so the output reads on its own.
 */
final class DocumentJson {
  private final ObjectMapper mapper;

  DocumentJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode error(String id, String message) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("error", message);
    return o;
  }

  ObjectNode of(AnnotatedArticle doc, boolean includeText) {
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
    // Only English is analysed; other languages are skipped with their own code (LanguageGuess).
    o.put("language", "en");
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
    ArrayNode actors = o.putArray("actors");
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
    ArrayNode quotes = o.putArray("quotes");
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
    ArrayNode times = o.putArray("times");
    for (TimeExpression t : doc.times()) {
      span(times.addObject(), t.span(), text).put("kind", t.kind().label()).put("value", t.value());
    }
    ArrayNode events = o.putArray("events");
    for (Event e : doc.events()) {
      ObjectNode n = events.addObject();
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
