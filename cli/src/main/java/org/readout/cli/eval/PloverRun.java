package org.readout.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorResolver;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.pipeline.Stage;

/**
 * Runs the pipeline over PLOVER gold sentences, each its own undated document, and hands the
 * results to a {@link PloverScorer} in file order. A PLV sentence runs twice after the actor stage:
 * as read, and with its marked actors given ({@link GivenActors}). Sentences run in parallel: the
 * pipeline's stages are stateless.
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
      int actorStage = actorStage(pipeline);
      Pipeline head = Pipeline.of(pipeline.stages().subList(0, actorStage + 1));
      Pipeline tail =
          Pipeline.of(pipeline.stages().subList(actorStage + 1, pipeline.stages().size()));
      List<AnnotatedArticle[]> docs =
          gold.parallelStream()
              .map(
                  g -> {
                    AnnotatedArticle actors = head.apply(GoldLines.article(g.id(), g.text(), null));
                    return new AnnotatedArticle[] {
                      tail.apply(actors), tail.apply(GivenActors.add(actors, g))
                    };
                  })
              .toList();
      for (int i = 0; i < gold.size(); i++) {
        scorer.addPlv(gold.get(i), docs.get(i)[0], docs.get(i)[1]);
      }
    }
  }

  /** The index of the actor stage, after which the marked actors are given. */
  private static int actorStage(Pipeline pipeline) {
    List<Stage> stages = pipeline.stages();
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i) instanceof ActorResolver) {
        return i;
      }
    }
    throw new IllegalArgumentException("the pipeline has no actor stage");
  }

  private static <T> List<AnnotatedArticle> run(
      List<T> items, Function<T, Article> article, Pipeline pipeline) {
    return items.parallelStream().map(x -> pipeline.apply(article.apply(x))).toList();
  }
}
