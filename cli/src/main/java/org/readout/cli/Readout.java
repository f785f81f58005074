package org.readout.cli;

import java.util.ArrayList;
import java.util.List;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.pipeline.Stage;
import org.readout.nlp.CoreNlpAnalyzer;

/**
 * Wires the standard pipeline: the whole order of stages, readable top to bottom. Loading models is slow (seconds),
 * so build one {@code Readout} per process and share it between threads.
 */
public final class Readout {
  private final TextAnalyzer analyzer;
  private final Pipeline pipeline;

  private Readout(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
    List<Stage> stages = new ArrayList<>();
    stages.add(new ParagraphSplitter());
    stages.add(new LinguisticAnalysis(analyzer));
    this.pipeline = Pipeline.of(stages);
  }

  /** The standard pipeline with CoreNLP and the bundled dictionaries. */
  public static Readout load() {
    return new Readout(new CoreNlpAnalyzer());
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public TextAnalyzer analyzer() {
    return analyzer;
  }
}
