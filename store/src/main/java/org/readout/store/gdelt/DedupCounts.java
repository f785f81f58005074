package org.readout.store.gdelt;

import java.util.HashMap;
import java.util.Map;
import org.readout.core.model.Event;
import org.readout.store.ArticleStore;
import org.readout.store.DateRange;
import org.readout.store.EventQuery;
import org.readout.store.gdelt.GdeltWriter.Counts;
import org.readout.story.DedupEvent;
import org.readout.story.EventDeduplicator;
import org.readout.story.EventLink;

/**
 * The GDELT counts of one document's events from the deduplicated events they belong to: how many
 * articles, outlets and mentions report the same real-world event. An event in no story (a store
 * without stories) keeps its own article's counts.
 */
public final class DedupCounts {
  private final Map<String, Counts> byMention = new HashMap<>();

  private DedupCounts() {}

  /** The counts of every event of {@code documentId}. */
  public static DedupCounts of(ArticleStore store, String documentId) {
    DedupCounts c = new DedupCounts();
    EventQuery q =
        new EventQuery(
            null, null, null, null, null, null, DateRange.ALL, documentId, Integer.MAX_VALUE);
    store.scanDedupEvents(
        q,
        r -> {
          DedupEvent d = r.event();
          Counts counts = new Counts(d.numMentions(), d.numSources(), d.numArticles());
          for (EventLink l : d.mentions()) {
            if (l.document().equals(documentId)) {
              c.byMention.put(
                  key(l.start(), l.end(), l.code(), d.sourceCode(), String.valueOf(d.targetCode())),
                  counts);
            }
          }
        });
    return c;
  }

  /** The counts of one of the document's events. */
  public Counts counts(Event e) {
    Counts c =
        byMention.get(
            key(
                e.span().start(),
                e.span().end(),
                e.code(),
                EventDeduplicator.sourceKey(e),
                String.valueOf(EventDeduplicator.targetKey(e))));
    return c != null ? c : Counts.of(e);
  }

  private static String key(int start, int end, String code, String source, String target) {
    return start + "\u0000" + end + "\u0000" + code + "\u0000" + source + "\u0000" + target;
  }
}
