package org.readout.cli.query;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.readout.server.api.StoryViews;
import org.readout.store.ArticleStore;
import org.readout.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout stories}: the stories in the store (articles that report one real-world
 * happening), newest day first, each with its documents and deduplicated events.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    subcommands = StoryShowCommand.class,
    description = {
      "List stories: the articles that report one real-world happening, and its events once.",
      "`readout stories show ID` lists a story's articles and why each joined."
    })
public final class StoriesCommand extends QueryCommand {
  @Option(names = "--actor", description = "An event of the story has this actor on either side.")
  @Nullable String actor;

  @Option(
      names = "--from",
      converter = IsoDate.class,
      description = "First story day (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", converter = IsoDate.class, description = "Last story day (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Override
  void query(ArticleStore s, OutputFormat format, PrintWriter out) {
    StoryQuery q = new StoryQuery(actor(actor), range(from, to), limit());
    print(format, StoryViews.STORIES, out, sink -> s.scanStories(q, sink));
  }
}
