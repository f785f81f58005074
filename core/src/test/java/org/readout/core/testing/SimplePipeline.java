package org.readout.core.testing;

import java.util.List;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.actor.ActorResolver;
import org.readout.core.actor.Gazetteer;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.event.EventCoder;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.pipeline.Stage;
import org.readout.core.quote.QuoteExtractor;
import org.readout.core.time.ConsistencyChecker;
import org.readout.core.time.TimeTagger;

/**
 * The standard order of core stages over {@link SimpleAnalyzer} (core tests cannot load CoreNLP),
 * with the bundled dictionaries loaded once per JVM. {@link #runChecked} checks the document after
 * every stage, so a failure names the stage that broke it.
 */
public final class SimplePipeline {
  /** A stage and the name failures use. */
  public record Named(String name, Stage stage) {}

  private static volatile ActorDictionary dictionary;
  private static volatile List<Named> stages;

  private SimplePipeline() {}

  /** The bundled actor dictionary, loaded once. */
  public static ActorDictionary dictionary() {
    if (dictionary == null) {
      synchronized (SimplePipeline.class) {
        if (dictionary == null) {
          dictionary = ActorDictionaryLoader.loadBundled();
        }
      }
    }
    return dictionary;
  }

  /** The stages in the order Readout runs them, the analyzer being {@link SimpleAnalyzer}. */
  public static List<Named> stages() {
    if (stages == null) {
      synchronized (SimplePipeline.class) {
        if (stages == null) {
          stages =
              List.of(
                  new Named("ParagraphSplitter", new ParagraphSplitter()),
                  new Named(
                      "LinguisticAnalysis(SimpleAnalyzer)",
                      new LinguisticAnalysis(new SimpleAnalyzer())),
                  new Named(
                      "ActorResolver", new ActorResolver(dictionary(), Gazetteer.loadBundled())),
                  new Named("TimeTagger", new TimeTagger(dictionary())),
                  new Named("QuoteExtractor", new QuoteExtractor()),
                  new Named("EventCoder", EventCoder.bundled(Gazetteer.loadBundled())),
                  new Named("ConsistencyChecker", new ConsistencyChecker()));
        }
      }
    }
    return stages;
  }

  /**
   * Runs every stage in order, asserting {@link AnnotationAssert#assertWellFormed} after each; an
   * exception or a malformed layer fails with the name of the stage that caused it.
   */
  public static AnnotatedArticle runChecked(Article article) {
    AnnotatedArticle doc = AnnotatedArticle.of(article);
    for (Named s : stages()) {
      try {
        doc = s.stage().apply(doc);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(s.name() + " threw " + e, e);
      }
      try {
        AnnotationAssert.assertWellFormed(doc);
      } catch (AssertionError e) {
        throw new AssertionError("malformed after " + s.name() + ": " + e.getMessage(), e);
      }
    }
    return doc;
  }
}
