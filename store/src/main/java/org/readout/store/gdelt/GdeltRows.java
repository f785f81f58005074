package org.readout.store.gdelt;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readout.core.model.AnnotatedArticle;
import org.readout.store.ArticleStore;
import org.readout.store.StoredEvent;

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
  private record Loaded(AnnotatedArticle doc, GdeltWriter writer) {}

  /** Writes one event's row. */
  public void write(StoredEvent e) {
    Loaded loaded = documents.get(e.documentId());
    if (loaded == null) {
      loaded =
          new Loaded(
              store.document(e.documentId()).orElseThrow(),
              new GdeltWriter(store.ingestedAt(e.documentId())));
      documents.put(e.documentId(), loaded);
    }
    out.println(String.join("\t", loaded.writer().row(loaded.doc(), e.event())));
  }
}
