package org.readout.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;
import org.readout.core.model.Quote;
import org.readout.core.model.Span;
import org.readout.store.ActorSummary;
import org.readout.store.DocumentSummary;
import org.readout.store.StoredEvent;
import org.readout.store.StoredFlag;
import org.readout.store.StoredQuote;

/**
 * The row views of the query commands and the API's query endpoints: one definition, so {@code
 * readout events --format csv} and {@code GET /api/events?format=csv} give the same columns. JSON
 * field names follow {@code extract}'s output (see the README), plus {@code document}, the id of
 * the document the row comes from.
 */
public final class Views {
  private Views() {}

  public static final RowView<StoredEvent> EVENTS =
      new RowView<>() {
        @Override
        public List<String> columns() {
          return List.of(
              "day",
              "source",
              "target",
              "code",
              "quad",
              "goldstein",
              "document",
              "start",
              "end",
              "text");
        }

        @Override
        public List<String> cells(StoredEvent r) {
          Event e = r.event();
          return List.of(
              str(r.day()),
              actor(e.sourceCode(), r.sourceName()),
              actor(e.targetCode(), r.targetName()),
              e.code(),
              Integer.toString(e.quadClass()),
              number(e.goldstein()),
              r.documentId(),
              Integer.toString(e.span().start()),
              Integer.toString(e.span().end()),
              r.text());
        }

        @Override
        public ObjectNode json(StoredEvent r, ObjectMapper m) {
          return RowView.tree(this, r, m);
        }

        @Override
        public void write(StoredEvent r, JsonGenerator g, ObjectMapper m) throws IOException {
          Event e = r.event();
          g.writeStartObject();
          g.writeStringField("document", r.documentId());
          g.writeStringField("source", e.source());
          g.writeStringField("sourceName", r.sourceName());
          g.writeStringField("sourceCode", e.sourceCode());
          g.writeStringField("target", e.target());
          g.writeStringField("targetName", r.targetName());
          g.writeStringField("targetCode", e.targetCode());
          g.writeStringField("code", e.code());
          g.writeStringField("rootCode", e.rootCode());
          g.writeNumberField("quadClass", e.quadClass());
          g.writeNumberField("goldstein", e.goldstein());
          g.writeStringField("date", e.date());
          g.writeStringField("day", r.day());
          span(g, e.span(), r.text());
          g.writeNumberField("mentions", e.mentions());
          g.writeNumberField("confidence", e.confidence());
          g.writeEndObject();
        }
      };

  public static final RowView<StoredQuote> QUOTES =
      new RowView<>() {
        @Override
        public List<String> columns() {
          return List.of("date", "speaker", "via", "kind", "document", "start", "end", "text");
        }

        @Override
        public List<String> cells(StoredQuote r) {
          Quote q = r.quote();
          return List.of(
              str(q.date()),
              actor(r.speakerCode(), r.speakerName()),
              str(r.viaName()),
              q.kind().label(),
              r.documentId(),
              Integer.toString(q.span().start()),
              Integer.toString(q.span().end()),
              r.text());
        }

        @Override
        public ObjectNode json(StoredQuote r, ObjectMapper m) {
          return RowView.tree(this, r, m);
        }

        @Override
        public void write(StoredQuote r, JsonGenerator g, ObjectMapper m) throws IOException {
          Quote q = r.quote();
          g.writeStartObject();
          g.writeStringField("document", r.documentId());
          span(g, q.span(), r.text());
          g.writeStringField("kind", q.kind().label());
          g.writeStringField("date", q.date());
          g.writeStringField("speaker", q.speaker());
          g.writeStringField("speakerName", r.speakerName());
          g.writeStringField("speakerCode", r.speakerCode());
          offsets(g, "speakerMention", q.speakerMention());
          g.writeStringField("via", q.via());
          g.writeStringField("viaName", r.viaName());
          offsets(g, "cue", q.cue());
          g.writeNumberField("confidence", q.confidence());
          g.writeEndObject();
        }
      };

  public static final RowView<ActorSummary> ACTORS =
      new RowView<>() {
        @Override
        public List<String> columns() {
          return List.of(
              "name", "kind", "code", "documents", "mentions", "document", "start", "end", "text");
        }

        @Override
        public List<String> cells(ActorSummary a) {
          return List.of(
              a.name(),
              a.kind(),
              str(a.code()),
              Integer.toString(a.documents()),
              Integer.toString(a.mentions()),
              a.exampleDocumentId(),
              Integer.toString(a.exampleSpan().start()),
              Integer.toString(a.exampleSpan().end()),
              a.exampleText());
        }

        @Override
        public ObjectNode json(ActorSummary a, ObjectMapper m) {
          return RowView.tree(this, a, m);
        }

        @Override
        public void write(ActorSummary a, JsonGenerator g, ObjectMapper m) throws IOException {
          g.writeStartObject();
          g.writeStringField("id", a.actorId());
          g.writeStringField("name", a.name());
          g.writeStringField("kind", a.kind());
          g.writeStringField("code", a.code());
          g.writeStringField("country", a.country());
          g.writeNumberField("documents", a.documents());
          g.writeNumberField("mentions", a.mentions());
          g.writeObjectFieldStart("firstMention");
          g.writeStringField("document", a.exampleDocumentId());
          span(g, a.exampleSpan(), a.exampleText());
          g.writeEndObject();
          g.writeEndObject();
        }
      };

  public static final RowView<DocumentSummary> DOCUMENTS =
      new RowView<>() {
        @Override
        public List<String> columns() {
          return List.of(
              "id", "date", "outlet", "actors", "quotes", "times", "events", "flags", "title");
        }

        @Override
        public List<String> cells(DocumentSummary d) {
          return List.of(
              d.id(),
              str(d.date()),
              str(d.outlet()),
              Integer.toString(d.actors()),
              Integer.toString(d.quotes()),
              Integer.toString(d.times()),
              Integer.toString(d.events()),
              Integer.toString(d.flags()),
              str(d.title()));
        }

        @Override
        public ObjectNode json(DocumentSummary d, ObjectMapper m) {
          return RowView.tree(this, d, m);
        }

        @Override
        public void write(DocumentSummary d, JsonGenerator g, ObjectMapper m) throws IOException {
          g.writeStartObject();
          g.writeStringField("id", d.id());
          g.writeStringField("url", d.url());
          g.writeStringField("title", d.title());
          g.writeStringField("date", d.date());
          g.writeStringField("dateSource", d.dateSource());
          g.writeStringField("outlet", d.outlet());
          g.writeStringField("language", d.language());
          g.writeStringField("contentHash", d.contentHash());
          g.writeStringField("ingestedAt", d.ingestedAt().toString());
          g.writeNumberField("length", d.textLength());
          g.writeObjectFieldStart("counts");
          g.writeNumberField("actors", d.actors());
          g.writeNumberField("quotes", d.quotes());
          g.writeNumberField("times", d.times());
          g.writeNumberField("events", d.events());
          g.writeNumberField("flags", d.flags());
          g.writeEndObject();
          g.writeEndObject();
        }
      };

  public static final RowView<StoredFlag> FLAGS =
      new RowView<>() {
        @Override
        public List<String> columns() {
          return List.of("kind", "document", "start", "end", "text", "message");
        }

        @Override
        public List<String> cells(StoredFlag f) {
          return List.of(
              f.flag().kind(),
              f.documentId(),
              Integer.toString(f.flag().span().start()),
              Integer.toString(f.flag().span().end()),
              f.text(),
              f.flag().message());
        }

        @Override
        public ObjectNode json(StoredFlag f, ObjectMapper m) {
          return RowView.tree(this, f, m);
        }

        @Override
        public void write(StoredFlag f, JsonGenerator g, ObjectMapper m) throws IOException {
          g.writeStartObject();
          g.writeStringField("document", f.documentId());
          g.writeStringField("kind", f.flag().kind());
          span(g, f.flag().span(), f.text());
          Span other = f.flag().other();
          if (other == null) {
            g.writeNullField("other");
          } else {
            g.writeObjectFieldStart("other");
            span(g, other, String.valueOf(f.otherText()));
            g.writeEndObject();
          }
          g.writeStringField("message", f.flag().message());
          g.writeEndObject();
        }
      };

  private static void span(JsonGenerator g, Span s, String text) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", text);
  }

  private static void offsets(JsonGenerator g, String field, @Nullable Span s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
    } else {
      g.writeObjectFieldStart(field);
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
  }

  /** An actor as a table cell: {@code CHNGOV Xi Jinping}, either part alone, or "". */
  public static String actor(@Nullable String code, @Nullable String name) {
    if (code == null && name == null) {
      return "";
    }
    if (name == null) {
      return code;
    }
    return code == null ? name : code + " " + name;
  }

  /** A table cell: "" for null. */
  public static String str(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
