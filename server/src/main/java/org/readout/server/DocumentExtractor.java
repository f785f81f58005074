package org.readout.server;

import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;

/**
 * Turns a posted article into an annotated one. The server does not load models itself: the command
 * line wires the standard pipeline in, tests a small one.
 *
 * <p>Contract: thread-safe (requests arrive on many threads); the article's text is what the client
 * sent, and the returned document's offsets index the text of the returned article (an
 * implementation may normalize it first). A {@link RuntimeException} fails that request only.
 */
@FunctionalInterface
public interface DocumentExtractor {
  AnnotatedArticle extract(Article article);

  /** An extractor for read-only servers: every posted document is refused. */
  DocumentExtractor NONE =
      article -> {
        throw new UnsupportedOperationException("this server cannot extract documents");
      };
}
