package org.readout.core.pipeline;

import java.util.ArrayList;
import java.util.List;
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

  public AnnotatedArticle apply(AnnotatedArticle in) {
    AnnotatedArticle doc = in;
    for (Stage stage : stages) {
      doc = stage.apply(doc);
    }
    return doc;
  }

  public List<Stage> stages() {
    return stages;
  }
}
