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
  private static @Nullable StandardPipeline shallow;
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
   * The JVM's pipeline with the bundled dictionaries, built on first use: every stage on, the
   * events stage with its dependency parse ({@link #load(boolean)}). CoreNLP's models (seconds to
   * load) load on the first document analysed, once per JVM, so a command that refuses its
   * arguments or finds nothing to extract never waits for them.
   */
  public static StandardPipeline load() {
    return load(true);
  }

  /**
   * With {@code depparse} (the default, {@link #load()}) the pipeline whose events stage asks
   * CoreNLP's dependency parser about predicates the shallow reader finds no source or target for
   * ({@link DependencyArguments}); without it ({@code --no-depparse}) the shallow reader alone. On
   * by default since session 15: it gains on every measure and, asked only for a fifth of the
   * sentences, keeps the pipeline well above the 15 articles/s bound (BENCHMARKS.md "Dependency
   * parse on by default").
   */
  public static synchronized StandardPipeline load(boolean depparse) {
    if (depparse) {
      if (sharedParsed == null) {
        sharedParsed =
            new StandardPipeline(
                StandardPipeline::analyze, ActorDictionaryLoader.loadBundled(), dependencies());
      }
      return sharedParsed;
    }
    if (shallow == null) {
      shallow =
          new StandardPipeline(
              StandardPipeline::analyze, ActorDictionaryLoader.loadBundled(), null);
    }
    return shallow;
  }

  /**
   * A pipeline with the user's dictionary files ({@code --actors}) on top of the bundled ones, read
   * and checked now ({@link org.readout.core.actor.DictionaryException} names file and line). Not
   * cached: the files may change between two commands of one process; CoreNLP is shared.
   */
  public static StandardPipeline load(List<Path> actorFiles) throws IOException {
    return load(actorFiles, true);
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
