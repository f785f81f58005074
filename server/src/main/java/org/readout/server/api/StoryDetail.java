package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;
import org.readout.store.ArticleStore;
import org.readout.store.StoredStory;
import org.readout.story.Happening;
import org.readout.story.Joined;
import org.readout.story.Link;
import org.readout.story.Outlets;
import org.readout.story.SameHappening;
import org.readout.story.StoryExplainer;
import org.readout.story.StoryPlace;

/**
 * One story explained: its articles in report order, each with why it joined (the happenings it
 * shares with the article it is most like, and their lead similarity), and its deduplicated events.
 * One definition for {@code readout stories show}, {@code GET /api/stories/{id}} and the reader's
 * story page.
 *
 * @param story the story as stored
 * @param joined its articles in report order, each with the link it joined through
 * @param documents the stored articles by id (a member deleted meanwhile is absent)
 */
public record StoryDetail(StoredStory story, List<Joined> joined, Map<String, Article> documents) {
  public StoryDetail {
    joined = List.copyOf(joined);
    documents = Map.copyOf(documents);
  }

  /** The story {@code id} of {@code store}, explained; empty when there is none. */
  public static Optional<StoryDetail> load(ArticleStore store, String id) {
    StoredStory story = store.story(id).orElse(null);
    if (story == null) {
      return Optional.empty();
    }
    List<Joined> joined = new StoryExplainer(new SameHappening()).explain(store.storyFeatures(id));
    Map<String, Article> docs = new TreeMap<>();
    for (String d : story.documents()) {
      store.document(d).ifPresent(a -> docs.put(d, a.article()));
    }
    return Optional.of(new StoryDetail(story, joined, docs));
  }

  /** The stored article {@code documentId}, or null. */
  public @Nullable Article document(String documentId) {
    return documents.get(documentId);
  }

  /**
   * The JSON form: the story's list row ({@link StoryViews#STORIES}) with its {@code day}, {@code
   * articles} ({@code document, date, outlet, title, joinedVia}) and {@code dedupEvents} ({@link
   * StoryViews#DEDUP_EVENTS}).
   */
  public ObjectNode json(ObjectMapper m) {
    ObjectNode n = StoryViews.STORIES.json(story, m);
    n.put("day", story.day());
    ArrayNode articles = n.putArray("articles");
    for (Joined j : joined) {
      ObjectNode a = articles.addObject();
      Article d = documents.get(j.document());
      a.put("document", j.document());
      a.put("date", d == null ? null : Views.str(d.date()));
      a.put("outlet", d == null ? null : Outlets.of(d));
      a.put("title", d == null ? null : d.title());
      Link l = j.link();
      if (l == null) {
        a.putNull("joinedVia");
      } else {
        ObjectNode w = a.putObject("joinedVia");
        w.put("document", l.other(j.document()));
        ArrayNode shared = w.putArray("shared");
        l.shared().forEach(h -> shared.add(h.toString()));
        w.put("sameRootAndDay", l.exact());
        ArrayNode places = w.putArray("samePlaces");
        l.samePlaces().forEach(p -> places.add(p.name()));
        w.put("placeConflict", l.placeConflict());
        w.put("similarity", l.similarity());
      }
    }
    ArrayNode events = n.putArray("dedupEvents");
    story.events().forEach(e -> events.add(StoryViews.DEDUP_EVENTS.json(e, m)));
    return n;
  }

  /** Why one article joined, in words: {@code joined via D: shares ..., lead similarity 0.31}. */
  public static String why(Joined j) {
    Link l = j.link();
    if (l == null) {
      return "first report";
    }
    return "joined via "
        + l.other(j.document())
        + ": shares "
        + String.join(", ", l.shared().stream().map(Happening::toString).toList())
        + (l.exact() ? " (same root and day)" : " (nearby day or other root)")
        + (l.samePlaces().isEmpty()
            ? ""
            : ", same place: "
                + String.join(", ", l.samePlaces().stream().map(StoryPlace::name).toList()))
        + (l.placeConflict() ? ", other places (overruled by the lead)" : "")
        + ", lead similarity "
        + String.format(Locale.ROOT, "%.2f", l.similarity());
  }
}
