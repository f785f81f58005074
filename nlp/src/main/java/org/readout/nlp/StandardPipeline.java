package org.readout.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.actor.ActorResolver;
import org.readout.core.actor.Gazetteer;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.event.ArgumentParser;
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
  private static @Nullable StandardPipeline sharedParsed;
  private static @Nullable DependencyArguments dependencies;
  private static @Nullable CoreNlpAnalyzer coreNlp;
  private static @Nullable Gazetteer gazetteer;

  private final TextAnalyzer analyzer;
  private final ActorDictionary dictionary;
  private final Pipeline pipeline;

  private StandardPipeline(
      TextAnalyzer analyzer, ActorDictionary dictionary, @Nullable ArgumentParser parser) {
    this.analyzer = analyzer;
    this.dictionary = dictionary;
    this.pipeline =
        Pipeline.of(
            new ParagraphSplitter(),
            new LinguisticAnalysis(analyzer),
            new ActorResolver(dictionary, gazetteer()),
            new TimeTagger(dictionary),
            new QuoteExtractor(),
            parser == null
                ? EventCoder.bundled(gazetteer())
                : EventCoder.bundled(gazetteer(), parser),
            new ConsistencyChecker());
  }

  /**
   * The JVM's pipeline with the bundled dictionaries, built on first use. CoreNLP's models (seconds
   * to load) load on the first document analysed, once per JVM, so a command that refuses its
   * arguments or finds nothing to extract never waits for them.
   */
  public static synchronized StandardPipeline load() {
    if (shared == null) {
      shared =
          new StandardPipeline(
              StandardPipeline::analyze, ActorDictionaryLoader.loadBundled(), null);
    }
    return shared;
  }

  /**
   * {@link #load()}, or with {@code depparse} the pipeline whose events stage asks CoreNLP's
   * dependency parser about predicates the shallow reader finds no source or target for ({@link
   * DependencyArguments}; the {@code --depparse} option, off by default: see BENCHMARKS.md
   * "Dependency parse: measured").
   */
  public static synchronized StandardPipeline load(boolean depparse) {
    if (!depparse) {
      return load();
    }
    if (sharedParsed == null) {
      sharedParsed =
          new StandardPipeline(
              StandardPipeline::analyze, ActorDictionaryLoader.loadBundled(), dependencies());
    }
    return sharedParsed;
  }

  /**
   * A pipeline with the user's dictionary files ({@code --actors}) on top of the bundled ones, read
   * and checked now ({@link org.readout.core.actor.DictionaryException} names file and line). Not
   * cached: the files may change between two commands of one process; CoreNLP is shared.
   */
  public static StandardPipeline load(List<Path> actorFiles) throws IOException {
    return load(actorFiles, false);
  }

  /** {@link #load(List)}, with the dependency parser as {@link #load(boolean)} has it. */
  public static StandardPipeline load(List<Path> actorFiles, boolean depparse) throws IOException {
    if (actorFiles.isEmpty()) {
      return load(depparse);
    }
    return new StandardPipeline(
        StandardPipeline::analyze,
        ActorDictionaryLoader.loadBundledWith(actorFiles),
        depparse ? dependencies() : null);
  }

  /** The dependency parser's model, read once per JVM and only when asked for. */
  private static synchronized DependencyArguments dependencies() {
    if (dependencies == null) {
      dependencies = new DependencyArguments();
    }
    return dependencies;
  }

  /** The places (GeoNames data and the hand-written list), read once per JVM. */
  private static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.loadBundled();
    }
    return gazetteer;
  }

  private static TextAnalyzer.Analysis analyze(String text) {
    return coreNlp().analyze(text);
  }

  private static synchronized CoreNlpAnalyzer coreNlp() {
    if (coreNlp == null) {
      coreNlp = new CoreNlpAnalyzer();
    }
    return coreNlp;
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
