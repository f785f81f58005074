package org.readout.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.readout.core.model.Article;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredStory;
import org.readout.store.sqlite.SqliteStore;
import org.readout.story.Happening;
import org.readout.story.Joined;
import org.readout.story.Link;
import org.readout.story.Outlets;
import org.readout.story.SameHappening;
import org.readout.story.StoryExplainer;
import org.readout.story.StoryFeatures;
import org.readout.story.StoryPlace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code readout stories show ID}: a story's articles in report order, each with why it joined (the
 * happenings it shares with the article it is most like, and their lead similarity), then the
 * story's deduplicated events with their counts and conflicts.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "One story: its articles, why each joined, and its deduplicated events.")
public final class StoryShowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "The story's id (see readout stories).")
  String id = "";

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    store.validate(cl);
    PrintWriter out = cl.getOut();
    try (SqliteStore s = store.open()) {
      StoredStory story = s.story(id).orElse(null);
      if (story == null) {
        cl.getErr().println("readout: " + store.db + ": no story with id " + id);
        return 1;
      }
      List<StoryFeatures> features = s.storyFeatures(id);
      List<Joined> joined = new StoryExplainer(new SameHappening()).explain(features);
      Map<String, Article> docs = new TreeMap<>();
      for (String d : story.documents()) {
        s.document(d).ifPresent(a -> docs.put(d, a.article()));
      }
      // Text unless JSON is asked for: an explanation is for a reader, on a terminal or not.
      OutputFormat format = store.format != null ? store.format : OutputFormat.TABLE;
      if (format == OutputFormat.JSON || format == OutputFormat.JSONL) {
        json(story, joined, docs, out, format == OutputFormat.JSON);
      } else {
        text(story, joined, docs, out);
      }
    }
    out.flush();
    return 0;
  }

  private static void text(
      StoredStory story, List<Joined> joined, Map<String, Article> docs, PrintWriter out) {
    out.printf(
        "story %s  day %s  %d articles  %s%n",
        story.id(),
        StoryViews.str(story.day()),
        story.documents().size(),
        StoryViews.str(story.title()));
    out.println();
    for (Joined j : joined) {
      Article d = docs.get(j.document());
      out.printf(
          "  %s  %s  %s  %s%n",
          j.document(),
          d == null ? "" : StoryViews.str(d.date()),
          d == null ? "" : StoryViews.str(Outlets.of(d)),
          d == null ? "" : StoryViews.str(d.title()));
      out.println("      " + why(j));
    }
    out.println();
    out.println("deduplicated events:");
    for (StoredDedupEvent e : story.events()) {
      String conflicts = StoryViews.conflicts(e.event());
      out.printf(
          "  %s  %s -> %s  %s  articles %d, sources %d, mentions %d%s%n",
          StoryViews.str(e.event().date()),
          StoryViews.actor(e.event().sourceCode(), e.sourceName()),
          StoryViews.actor(e.event().targetCode(), e.targetName()),
          e.event().code(),
          e.event().numArticles(),
          e.event().numSources(),
          e.event().numMentions(),
          conflicts.isEmpty() ? "" : "  (" + conflicts + ")");
    }
  }

  /** Why one article joined, in words. */
  static String why(Joined j) {
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
        + StoryViews.similarity(l.similarity());
  }

  private static void json(
      StoredStory story,
      List<Joined> joined,
      Map<String, Article> docs,
      PrintWriter out,
      boolean indent) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode n = StoryViews.STORIES.json(story, m);
    n.put("day", story.day());
    ArrayNode articles = n.putArray("articles");
    for (Joined j : joined) {
      ObjectNode a = articles.addObject();
      Article d = docs.get(j.document());
      a.put("document", j.document());
      a.put("date", d == null ? null : StoryViews.str(d.date()));
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
    try {
      out.println(
          indent
              ? m.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n)
              : m.writeValueAsString(n));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
