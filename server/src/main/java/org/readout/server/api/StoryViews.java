package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredStory;
import org.readout.story.DedupEvent;
import org.readout.story.EventLink;

/**
 * The row views of stories and deduplicated events. A story's JSON is {@code {"id", "title",
 * "documents", "events"}}, each event {@code {"sourceCode", "targetCode", "code", "rootCode",
 * "date", "numArticles", "numSources", "numMentions", "mentions": [{"document", "start", "end"}]}},
 * as issue 11 specifies. One definition for {@code readout stories}, {@code readout events --dedup}
 * and {@code GET /api/stories}.
 */
public final class StoryViews {
  private StoryViews() {}

  public static final RowView<StoredStory> STORIES =
      new RowView<>() {
        @Override
        public List<String> columns() {
          return List.of("story", "day", "documents", "events", "title");
        }

        @Override
        public List<String> cells(StoredStory s) {
          return List.of(
              s.id(),
              Views.str(s.day()),
              Integer.toString(s.documents().size()),
              Integer.toString(s.events().size()),
              Views.str(s.title()));
        }

        @Override
        public ObjectNode json(StoredStory s, ObjectMapper m) {
          ObjectNode n = m.createObjectNode();
          n.put("id", s.id());
          n.put("title", s.title());
          ArrayNode docs = n.putArray("documents");
          s.documents().forEach(docs::add);
          ArrayNode events = n.putArray("events");
          s.events().forEach(e -> events.add(event(e.event(), m)));
          return n;
        }
      };

  public static final RowView<StoredDedupEvent> DEDUP_EVENTS =
      new RowView<>() {
        @Override
        public List<String> columns() {
          return List.of(
              "day",
              "source",
              "target",
              "code",
              "articles",
              "sources",
              "mentions",
              "story",
              "conflicts");
        }

        @Override
        public List<String> cells(StoredDedupEvent r) {
          DedupEvent e = r.event();
          return List.of(
              Views.str(r.day()),
              Views.actor(e.sourceCode(), r.sourceName()),
              Views.actor(e.targetCode(), r.targetName()),
              e.code(),
              Integer.toString(e.numArticles()),
              Integer.toString(e.numSources()),
              Integer.toString(e.numMentions()),
              e.story(),
              conflicts(e));
        }

        @Override
        public ObjectNode json(StoredDedupEvent r, ObjectMapper m) {
          ObjectNode n = event(r.event(), m);
          n.put("story", r.event().story());
          n.put("day", r.day());
          n.put("sourceName", r.sourceName());
          n.put("targetName", r.targetName());
          n.put("quadClass", r.quadClass());
          n.put("goldstein", r.goldstein());
          n.put("firstReport", Views.str(r.event().firstReport()));
          n.put("lastReport", Views.str(r.event().lastReport()));
          ObjectNode codes = n.putObject("codes");
          r.event().codes().forEach(codes::put);
          ArrayNode other = n.putArray("otherDates");
          r.event().otherDates().forEach(other::add);
          return n;
        }
      };

  /** The event object: counts and the mentions it stands for. */
  public static ObjectNode event(DedupEvent e, ObjectMapper m) {
    ObjectNode n = m.createObjectNode();
    n.put("sourceCode", e.sourceCode());
    n.put("targetCode", e.targetCode());
    n.put("code", e.code());
    n.put("rootCode", e.rootCode());
    n.put("date", e.date());
    n.put("numArticles", e.numArticles());
    n.put("numSources", e.numSources());
    n.put("numMentions", e.numMentions());
    ArrayNode mentions = n.putArray("mentions");
    for (EventLink l : e.mentions()) {
      mentions
          .addObject()
          .put("document", l.document())
          .put("start", l.start())
          .put("end", l.end());
    }
    return n;
  }

  /** Other codes and dates the mentions gave: {@code codes 040×2 042×1; also dated 2025-03-03}. */
  public static String conflicts(DedupEvent e) {
    StringBuilder b = new StringBuilder();
    if (e.codes().size() > 1) {
      b.append("codes");
      e.codes().forEach((c, n) -> b.append(' ').append(c).append('×').append(n));
    }
    if (!e.otherDates().isEmpty()) {
      b.append(b.length() > 0 ? "; " : "").append("also dated ");
      b.append(String.join(", ", e.otherDates()));
    }
    return b.toString();
  }
}
