package org.readout.core.analysis;

import java.util.List;
import org.readout.core.model.EntityMention;
import org.readout.core.model.Sentence;
import org.readout.core.model.Token;

/**
 * Splits text into sentences and tokens, tags parts of speech and finds named entities.
 * Implementations are thread-safe and loaded once per process.
 */
public interface TextAnalyzer {
  /** The analysis of {@code text}; every span refers to {@code text}. */
  Analysis analyze(String text);

  /**
   * What an analyzer returns: sentences (with token ranges), tokens and entity mentions, each
   * sorted.
   */
  record Analysis(List<Sentence> sentences, List<Token> tokens, List<EntityMention> entities) {
    public Analysis {
      sentences = List.copyOf(sentences);
      tokens = List.copyOf(tokens);
      entities = List.copyOf(entities);
    }
  }
}
