package org.readout.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;

/** Stages run in order over one article. Thread-safe when its stages are. */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Stage... stages) {
    return new Pipeline(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    return new Pipeline(new ArrayList<>(stages));
  }

  public AnnotatedArticle apply(Article article) {
    return apply(AnnotatedArticle.of(article));
  }

  /**
   * Runs every stage in order.
   *
   * @throws CancellationException when the thread is interrupted (a document over its time budget):
   *     checked between stages, so an abandoned document stops within one stage
   */
  public AnnotatedArticle apply(AnnotatedArticle in) {
    AnnotatedArticle doc = in;
    for (Stage stage : stages) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException(
            "interrupted before " + stage.getClass().getSimpleName() + " on " + in.article().id());
      }
      doc = stage.apply(doc);
    }
    return doc;
  }

  public List<Stage> stages() {
    return stages;
  }
}
