package org.readout.nlp;

import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.actor.ActorResolver;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.event.EventCoder;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.quote.QuoteExtractor;
import org.readout.core.time.ConsistencyChecker;
import org.readout.core.time.TimeTagger;

/**
 * The standard pipeline: the whole order of stages, readable top to bottom, with CoreNLP and the
 * bundled dictionaries. Loading takes seconds and the result is immutable and thread-safe, so
 * {@link #load()} builds one per JVM and every caller shares it: the command line's commands, and
 * each Spark executor's tasks.
 *
 * <p>Design decision: the wiring lives here, beside the CoreNLP adapter, rather than in the command
 * line, so that the Spark job runs the very same stages without depending on {@code cli}.
 */
public final class StandardPipeline {
  private static @Nullable StandardPipeline shared;

  private final TextAnalyzer analyzer;
  private final ActorDictionary dictionary;
  private final Pipeline pipeline;

  private StandardPipeline(TextAnalyzer analyzer, ActorDictionary dictionary) {
    this.analyzer = analyzer;
    this.dictionary = dictionary;
    this.pipeline =
        Pipeline.of(
            new ParagraphSplitter(),
            new LinguisticAnalysis(analyzer),
            new ActorResolver(dictionary),
            new TimeTagger(dictionary),
            new QuoteExtractor(),
            EventCoder.bundled(),
            new ConsistencyChecker());
  }

  /** The JVM's pipeline, loaded on first use (CoreNLP models and dictionaries: seconds). */
  public static synchronized StandardPipeline load() {
    if (shared == null) {
      shared = new StandardPipeline(new CoreNlpAnalyzer(), ActorDictionaryLoader.loadBundled());
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
