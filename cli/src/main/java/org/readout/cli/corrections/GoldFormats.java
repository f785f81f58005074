package org.readout.cli.corrections;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Quote;
import org.readout.core.model.TimeExpression;

/**
 * A stored (corrected) document in the gold formats of {@code readout eval}: quote JSONL and event
 * JSONL (docs/quotes.md, docs/events.md) and TimeML. Offsets are those of the stored text, which
 * the gold text repeats.
 */
final class GoldFormats {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFormats() {}

  /** {@code {id, date, text, quotes: [{start, end, kind, speaker}]}}, speaker a name or null. */
  static String quotes(AnnotatedArticle doc)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectNode n = head(doc);
    ArrayNode quotes = n.putArray("quotes");
    for (Quote q : doc.quotes()) {
      Actor speaker = doc.actor(q.speaker());
      quotes
          .addObject()
          .put("start", q.span().start())
          .put("end", q.span().end())
          .put("kind", q.kind().label())
          .put("speaker", speaker == null ? null : speaker.name());
    }
    return JSON.writeValueAsString(n);
  }

  /** {@code {id, date, text, events: [{source, target, code}]}} with CAMEO actor codes. */
  static String events(AnnotatedArticle doc)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectNode n = head(doc);
    ArrayNode events = n.putArray("events");
    for (Event e : doc.events()) {
      if (e.sourceCode() == null) {
        continue; // The gold format needs a source code; an uncoded source cannot be scored.
      }
      events
          .addObject()
          .put("source", e.sourceCode())
          .put("target", e.targetCode())
          .put("code", e.code());
    }
    return JSON.writeValueAsString(n);
  }

  private static ObjectNode head(AnnotatedArticle doc) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", doc.article().id());
    n.put("date", doc.article().date() == null ? null : doc.article().date().toString());
    n.put("text", doc.text());
    return n;
  }

  /**
   * A TimeML document: the creation time from the document date, the text with its time expressions
   * as {@code TIMEX3} elements. Overlapping expressions keep the first; characters XML cannot hold
   * become spaces, so offsets stay those of the stored text.
   */
  static String timeMl(AnnotatedArticle doc) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
    b.append("<DOCID>").append(escape(doc.article().id())).append("</DOCID>\n");
    if (doc.article().date() != null) {
      String d = doc.article().date().toString();
      b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
          .append(d)
          .append("\" functionInDocument=\"CREATION_TIME\">")
          .append(d)
          .append("</TIMEX3></DCT>\n");
    }
    b.append("<TEXT>");
    String text = doc.text();
    int at = 0;
    int tid = 1;
    for (TimeExpression t : doc.times()) {
      if (t.span().start() < at) {
        continue;
      }
      b.append(escape(text.substring(at, t.span().start())));
      b.append("<TIMEX3 tid=\"t")
          .append(tid++)
          .append("\" type=\"")
          .append(t.kind().name().toUpperCase(Locale.ROOT))
          .append("\" value=\"")
          .append(escape(t.value()))
          .append("\">")
          .append(escape(t.span().of(text)))
          .append("</TIMEX3>");
      at = t.span().end();
    }
    b.append(escape(text.substring(at))).append("</TEXT>\n</TimeML>\n");
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          boolean xml =
              c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) || c == '\r';
          b.append(xml ? c : ' ');
        }
      }
    }
    return b.toString();
  }

  /** A file name for a document id (ids are paths or URLs). */
  static String fileName(String id) {
    String safe = id.replaceAll("[^A-Za-z0-9._-]+", "_");
    return safe.length() > 120 ? safe.substring(0, 120) : safe;
  }
}
