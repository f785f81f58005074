package org.readout.cli;

import java.util.ArrayList;
import java.util.List;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.actor.ActorResolver;
import org.readout.core.actor.Gazetteer;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.event.EventCoder;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.pipeline.Stage;
import org.readout.core.quote.QuoteExtractor;
import org.readout.core.time.ConsistencyChecker;
import org.readout.core.time.TimeTagger;
import org.readout.nlp.CoreNlpAnalyzer;

/**
 * Wires the standard pipeline: the whole order of stages, readable top to bottom. Loading models is
 * slow (seconds), so build one {@code Readout} per process and share it between threads.
 */
public final class Readout {
  private final TextAnalyzer analyzer;
  private final ActorDictionary dictionary;
  private final Pipeline pipeline;

  private Readout(TextAnalyzer analyzer, ActorDictionary dictionary) {
    this.analyzer = analyzer;
    this.dictionary = dictionary;
    List<Stage> stages = new ArrayList<>();
    stages.add(new ParagraphSplitter());
    stages.add(new LinguisticAnalysis(analyzer));
    Gazetteer gazetteer = Gazetteer.loadBundled();
    stages.add(new ActorResolver(dictionary, gazetteer));
    stages.add(new TimeTagger(dictionary));
    stages.add(new QuoteExtractor());
    stages.add(EventCoder.bundled(gazetteer));
    stages.add(new ConsistencyChecker());
    this.pipeline = Pipeline.of(stages);
  }

  private static Readout shared;

  /**
   * The standard pipeline with CoreNLP and the bundled dictionaries, loaded on first use and shared
   * by every caller in this process (commands, tests): loading takes seconds and the result is
   * immutable.
   */
  public static synchronized Readout load() {
    if (shared == null) {
      shared = new Readout(new CoreNlpAnalyzer(), ActorDictionaryLoader.loadBundled());
    }
    return shared;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  public TextAnalyzer analyzer() {
    return analyzer;
  }
}
