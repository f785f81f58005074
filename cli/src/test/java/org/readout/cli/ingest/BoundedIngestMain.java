package org.readout.cli.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.readout.core.model.AnnotatedArticle;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.store.sqlite.SqliteStore;

/**
 * Runs the ingest pipeline with a trivial extraction, for {@link IngestMemoryTest}'s child JVM:
 * what is measured is the pipeline's own buffering (reader, workers, batches, writer), not the
 * models'. Inputs are read as {@code readout ingest} reads them. Arguments: the input, the store.
 * Exit 0 when every document was stored.
 */
public final class BoundedIngestMain {
  private BoundedIngestMain() {}

  public static void main(String[] args) throws Exception {
    PrintWriter err = new PrintWriter(System.err, true);
    IngestTally tally;
    try (SqliteStore store = SqliteStore.open(Path.of(args[1]));
        Stream<IngestResult> in =
            new ArticleReader().read(Path.of(args[0]), ReadOptions.defaults())) {
      tally =
          new IngestPipeline(store, 2, 50, AnnotatedArticle::of)
              .run(in.iterator(), Progress.none(), err);
    }
    tally.print(err, 0);
    System.exit(tally.failedCount() == 0 ? 0 : 1);
  }
}
