package org.readout.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.readout.core.model.Article;
import org.readout.server.api.StoryDetail;
import org.readout.server.api.StoryViews;
import org.readout.server.api.Views;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredStory;
import org.readout.store.sqlite.SqliteStore;
import org.readout.story.Joined;
import org.readout.story.Outlets;
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
      StoryDetail detail = StoryDetail.load(s, id).orElse(null);
      if (detail == null) {
        cl.getErr().println("readout: " + store.db + ": no story with id " + id);
        return 1;
      }
      // Text unless JSON is asked for: an explanation is for a reader, on a terminal or not.
      OutputFormat format = store.format != null ? store.format : OutputFormat.TABLE;
      if (format == OutputFormat.JSON || format == OutputFormat.JSONL) {
        json(detail, out, format == OutputFormat.JSON);
      } else {
        text(detail, out);
      }
    }
    out.flush();
    return 0;
  }

  private static void text(StoryDetail detail, PrintWriter out) {
    StoredStory story = detail.story();
    out.printf(
        "story %s  day %s  %d articles  %s%n",
        story.id(), Views.str(story.day()), story.documents().size(), Views.str(story.title()));
    out.println();
    for (Joined j : detail.joined()) {
      Article d = detail.document(j.document());
      out.printf(
          "  %s  %s  %s  %s%n",
          j.document(),
          d == null ? "" : Views.str(d.date()),
          d == null ? "" : Views.str(Outlets.of(d)),
          d == null ? "" : Views.str(d.title()));
      out.println("      " + StoryDetail.why(j));
    }
    out.println();
    out.println("deduplicated events:");
    for (StoredDedupEvent e : story.events()) {
      String conflicts = StoryViews.conflicts(e.event());
      out.printf(
          "  %s  %s -> %s  %s  articles %d, sources %d, mentions %d%s%n",
          Views.str(e.event().date()),
          Views.actor(e.event().sourceCode(), e.sourceName()),
          Views.actor(e.event().targetCode(), e.targetName()),
          e.event().code(),
          e.event().numArticles(),
          e.event().numSources(),
          e.event().numMentions(),
          conflicts.isEmpty() ? "" : "  (" + conflicts + ")");
    }
  }

  private static void json(StoryDetail detail, PrintWriter out, boolean indent) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode n = detail.json(m);
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
