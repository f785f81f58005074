package org.readout.cli.query;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readout.cli.gdelt.GdeltWriter;
import org.readout.core.model.AnnotatedArticle;
import org.readout.store.ArticleStore;
import org.readout.store.StoredEvent;

/**
 * Writes stored events as GDELT 2.0 rows. A row needs its document (actor countries, the lead
 * paragraph for IsRootEvent, the URL), so documents are loaded once and a few are kept.
 */
final class GdeltRows {
  private static final int CACHED_DOCUMENTS = 64;

  private final ArticleStore store;
  private final PrintWriter out;
  private final GdeltWriter writer = new GdeltWriter(Instant.now());
  private final Map<String, AnnotatedArticle> documents =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnnotatedArticle> eldest) {
          return size() > CACHED_DOCUMENTS;
        }
      };

  GdeltRows(ArticleStore store, PrintWriter out) {
    this.store = store;
    this.out = out;
  }

  void write(StoredEvent e) {
    AnnotatedArticle doc = documents.get(e.documentId());
    if (doc == null) {
      doc = store.document(e.documentId()).orElseThrow();
      documents.put(e.documentId(), doc);
    }
    out.println(String.join("\t", writer.row(doc, e.event())));
  }
}
