package org.readout.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.pipeline.Pipeline;

/**
 * Runs the pipeline over PLOVER gold sentences, each its own undated document, and hands the
 * results to a {@link PloverScorer} in file order. Sentences run in parallel: the pipeline's stages
 * are stateless.
 */
final class PloverRun {
  private PloverRun() {}

  static void score(@Nullable Path gsr, @Nullable Path plv, Pipeline pipeline, PloverScorer scorer)
      throws IOException {
    if (gsr != null) {
      List<PloverGsr> gold = PloverGsr.read(gsr);
      List<AnnotatedArticle> docs =
          run(gold, g -> GoldLines.article(g.id(), g.text(), null), pipeline);
      for (int i = 0; i < gold.size(); i++) {
        scorer.addGsr(gold.get(i), docs.get(i));
      }
    }
    if (plv != null) {
      List<PlvSentence> gold = PlvSentence.read(plv);
      List<AnnotatedArticle> docs =
          run(gold, g -> GoldLines.article(g.id(), g.text(), null), pipeline);
      for (int i = 0; i < gold.size(); i++) {
        scorer.addPlv(gold.get(i), docs.get(i));
      }
    }
  }

  private static <T> List<AnnotatedArticle> run(
      List<T> items, Function<T, Article> article, Pipeline pipeline) {
    return items.parallelStream().map(x -> pipeline.apply(article.apply(x))).toList();
  }
}
