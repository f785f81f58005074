package org.readout.story;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;

/**
 * The key that pairs a deduplicated event's {@link EventLink} with the article's event mention it
 * came from: the same document, evidence offsets, code, source, target and date. Whoever writes a
 * dedup event's mention rows (the store, the Spark job) indexes the article's mentions by {@link
 * #of(String, Event)} and looks each link up by {@link #of(DedupEvent, EventLink)}; the two are
 * spelled here once so that they cannot drift apart.
 */
public final class MentionKey {
  private MentionKey() {}

  /** The key of {@code event} as stated in {@code document}. */
  public static String of(String document, Event event) {
    return join(
        document,
        event.span().start(),
        event.span().end(),
        event.code(),
        EventDeduplicator.sourceKey(event),
        EventDeduplicator.targetKey(event),
        event.date());
  }

  /** The key of the mention behind {@code link}, one of {@code event}'s links. */
  public static String of(DedupEvent event, EventLink link) {
    return join(
        link.document(),
        link.start(),
        link.end(),
        link.code(),
        event.sourceCode(),
        event.targetCode(),
        link.date());
  }

  private static String join(
      String document,
      int start,
      int end,
      String code,
      String source,
      @Nullable String target,
      @Nullable String date) {
    return String.join(
        "\u0000",
        document,
        String.valueOf(start),
        String.valueOf(end),
        code,
        source,
        String.valueOf(target),
        String.valueOf(date));
  }
}
