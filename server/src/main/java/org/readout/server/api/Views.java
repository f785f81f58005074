package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
          Event e = r.event();
          ObjectNode n = m.createObjectNode();
          n.put("document", r.documentId());
          n.put("source", e.source());
          n.put("sourceName", r.sourceName());
          n.put("sourceCode", e.sourceCode());
          n.put("target", e.target());
          n.put("targetName", r.targetName());
          n.put("targetCode", e.targetCode());
          n.put("code", e.code());
          n.put("rootCode", e.rootCode());
          n.put("quadClass", e.quadClass());
          n.put("goldstein", e.goldstein());
          n.put("date", e.date());
          n.put("day", r.day());
          span(n, e.span(), r.text());
          n.put("mentions", e.mentions());
          n.put("confidence", e.confidence());
          return n;
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
          Quote q = r.quote();
          ObjectNode n = m.createObjectNode();
          n.put("document", r.documentId());
          span(n, q.span(), r.text());
          n.put("kind", q.kind().label());
          n.put("date", q.date());
          n.put("speaker", q.speaker());
          n.put("speakerName", r.speakerName());
          n.put("speakerCode", r.speakerCode());
          offsets(n, "speakerMention", q.speakerMention());
          n.put("via", q.via());
          n.put("viaName", r.viaName());
          offsets(n, "cue", q.cue());
          n.put("confidence", q.confidence());
          return n;
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
          ObjectNode n = m.createObjectNode();
          n.put("id", a.actorId());
          n.put("name", a.name());
          n.put("kind", a.kind());
          n.put("code", a.code());
          n.put("country", a.country());
          n.put("documents", a.documents());
          n.put("mentions", a.mentions());
          ObjectNode first = n.putObject("firstMention");
          first.put("document", a.exampleDocumentId());
          span(first, a.exampleSpan(), a.exampleText());
          return n;
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
          ObjectNode n = m.createObjectNode();
          n.put("id", d.id());
          n.put("url", d.url());
          n.put("title", d.title());
          n.put("date", d.date());
          n.put("dateSource", d.dateSource());
          n.put("outlet", d.outlet());
          n.put("language", d.language());
          n.put("contentHash", d.contentHash());
          n.put("ingestedAt", d.ingestedAt().toString());
          n.put("length", d.textLength());
          ObjectNode counts = n.putObject("counts");
          counts.put("actors", d.actors());
          counts.put("quotes", d.quotes());
          counts.put("times", d.times());
          counts.put("events", d.events());
          counts.put("flags", d.flags());
          return n;
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
          ObjectNode n = m.createObjectNode();
          n.put("document", f.documentId());
          n.put("kind", f.flag().kind());
          span(n, f.flag().span(), f.text());
          if (f.flag().other() == null) {
            n.putNull("other");
          } else {
            span(n.putObject("other"), f.flag().other(), String.valueOf(f.otherText()));
          }
          n.put("message", f.flag().message());
          return n;
        }
      };

  private static void span(ObjectNode n, Span s, String text) {
    n.put("start", s.start()).put("end", s.end()).put("text", text);
  }

  private static void offsets(ObjectNode n, String field, @Nullable Span s) {
    if (s == null) {
      n.putNull(field);
    } else {
      n.putObject(field).put("start", s.start()).put("end", s.end());
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
