package org.readout.store.gdelt;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.store.ArticleStore;
import org.readout.store.StoredDedupEvent;
import org.readout.store.StoredEvent;
import org.readout.story.EventLink;

/**
 * Writes stored events as GDELT 2.0 rows. A row needs its document (actor countries, the lead
 * paragraph for IsRootEvent, the URL), so documents are loaded once and a few are kept. {@code
 * DATEADDED} is the time the document was ingested.
 */
public final class GdeltRows {
  private static final int CACHED_DOCUMENTS = 64;

  private final ArticleStore store;
  private final PrintWriter out;
  private final Map<String, Loaded> documents =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
          return size() > CACHED_DOCUMENTS;
        }
      };

  public GdeltRows(ArticleStore store, PrintWriter out) {
    this.store = store;
    this.out = out;
  }

  /** A document and the writer for its rows. */
  private record Loaded(AnnotatedArticle doc, GdeltWriter writer, DedupCounts counts) {}

  private Loaded load(String id) {
    Loaded loaded = documents.get(id);
    if (loaded == null) {
      loaded =
          new Loaded(
              store.document(id).orElseThrow(),
              new GdeltWriter(store.ingestedAt(id)),
              DedupCounts.of(store, id));
      documents.put(id, loaded);
    }
    return loaded;
  }

  /** Writes one event's row. */
  public void write(StoredEvent e) {
    Loaded loaded = load(e.documentId());
    Event event = e.event();
    out.println(
        String.join("\t", loaded.writer().row(loaded.doc(), event, loaded.counts().counts(event))));
  }

  /**
   * One row per deduplicated event: its first mention's row, with the counts of the whole event
   * ({@code events --dedup --format gdelt}).
   */
  public void write(StoredDedupEvent d) {
    EventLink first = d.event().mentions().get(0);
    Loaded loaded = load(first.document());
    for (Event e : loaded.doc().events()) {
      if (e.span().start() == first.start()
          && e.span().end() == first.end()
          && e.code().equals(first.code())) {
        out.println(
            String.join("\t", loaded.writer().row(loaded.doc(), e, loaded.counts().counts(e))));
        return;
      }
    }
  }
}
