package org.readout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.actor.ActorResolver;
import org.readout.core.actor.DictionaryException;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.analysis.TextAnalyzer.Analysis;
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
    stages.add(new ActorResolver(dictionary));
    stages.add(new TimeTagger(dictionary));
    stages.add(new QuoteExtractor());
    stages.add(EventCoder.bundled());
    stages.add(new ConsistencyChecker());
    this.pipeline = Pipeline.of(stages);
  }

  private static @Nullable CoreNlpAnalyzer coreNlp;
  private static @Nullable Readout bundled;

  /**
   * The standard pipeline with CoreNLP and the bundled dictionaries, loaded on first use and shared
   * by every caller in this process (commands, tests): loading takes seconds and the result is
   * immutable.
   */
  public static Readout load() {
    try {
      return load(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled actor dictionary", e);
    }
  }

  /**
   * The standard pipeline with the user's dictionary files ({@code --actors}) on top of the bundled
   * ones. The dictionary is read and checked now, so that a bad line is reported before any work
   * ({@link DictionaryException} names file and line); CoreNLP loads on the first document that
   * needs it, once per process whatever the dictionaries.
   */
  public static synchronized Readout load(List<Path> actorFiles) throws IOException {
    if (!actorFiles.isEmpty()) {
      // Not cached: the user's files may change between two commands of one process (tests).
      return new Readout(Readout::analyze, ActorDictionaryLoader.loadBundledWith(actorFiles));
    }
    if (bundled == null) {
      bundled = new Readout(Readout::analyze, ActorDictionaryLoader.loadBundled());
    }
    return bundled;
  }

  private static Analysis analyze(String text) {
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
