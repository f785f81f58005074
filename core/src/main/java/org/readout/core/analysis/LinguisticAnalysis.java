package org.readout.core.analysis;

import org.readout.core.model.AnnotatedArticle;
import org.readout.core.pipeline.Stage;

/** The stage that adds sentences, tokens and entity mentions from a {@link TextAnalyzer}. */
public final class LinguisticAnalysis implements Stage {
  private final TextAnalyzer analyzer;

  public LinguisticAnalysis(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle in) {
    TextAnalyzer.Analysis a = analyzer.analyze(in.text());
    return in.withAnalysis(a.sentences(), a.tokens(), a.entities());
  }
}
