package org.readout.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.DictionaryException;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.pipeline.Pipeline;
import org.readout.nlp.StandardPipeline;

/**
 * The standard pipeline as the commands use it: {@link StandardPipeline} (where the stage order is
 * wired, shared with the Spark job), loaded once per process and shared between threads.
 */
public final class Readout {
  private static @Nullable Readout shared;

  private final StandardPipeline standard;

  private Readout(StandardPipeline standard) {
    this.standard = standard;
  }

  /**
   * The standard pipeline with CoreNLP and the bundled dictionaries, loaded on first use and shared
   * by every caller in this process (commands, tests): loading takes seconds and the result is
   * immutable.
   */
  public static synchronized Readout load() {
    if (shared == null) {
      shared = new Readout(StandardPipeline.load());
    }
    return shared;
  }

  /**
   * The standard pipeline with the user's dictionary files ({@code --actors}) on top of the bundled
   * ones. The dictionary is read and checked now, so that a bad line is reported before any work
   * ({@link DictionaryException} names file and line); CoreNLP loads on the first document that
   * needs it, once per process whatever the dictionaries.
   */
  public static Readout load(List<Path> actorFiles) throws IOException {
    return actorFiles.isEmpty() ? load() : new Readout(StandardPipeline.load(actorFiles));
  }

  /**
   * The pipeline with the events stage's dependency parse on ({@link #load(List)}, the default) or
   * off ({@code --no-depparse}, a separate pipeline, so that one process can compare both).
   */
  public static Readout load(List<Path> actorFiles, boolean depparse) throws IOException {
    return depparse ? load(actorFiles) : new Readout(StandardPipeline.load(actorFiles, false));
  }

  public Pipeline pipeline() {
    return standard.pipeline();
  }

  public ActorDictionary dictionary() {
    return standard.dictionary();
  }

  public TextAnalyzer analyzer() {
    return standard.analyzer();
  }
}
