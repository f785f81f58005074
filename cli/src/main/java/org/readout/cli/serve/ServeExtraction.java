package org.readout.cli.serve;

import org.readout.cli.Readout;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.ingest.DocumentParser;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.server.DocumentExtractor;

/**
 * The server's extractor: a posted article is read as a JSONL line would be (newlines normalized, a
 * dateline's date when none is given), then runs through the standard pipeline, whose models load
 * on the first posted document.
 */
public final class ServeExtraction implements DocumentExtractor {
  @Override
  public AnnotatedArticle extract(Article posted) {
    IngestResult read =
        DocumentParser.feedItem(
            posted.id(),
            posted.id(),
            posted.text(),
            false,
            posted.title(),
            posted.date(),
            posted.url(),
            ReadOptions.defaults());
    Article article = read.article();
    if (article == null) {
      throw new IllegalArgumentException("the document has no text");
    }
    return Readout.load().pipeline().apply(article);
  }
}
