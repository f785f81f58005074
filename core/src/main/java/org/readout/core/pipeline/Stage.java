package org.readout.core.pipeline;

import org.readout.core.model.AnnotatedArticle;

/**
 * One analysis step. Implementations are stateless and thread-safe; they add a layer and change
 * nothing else. Models and dictionaries are loaded once and passed to the constructor.
 */
@FunctionalInterface
public interface Stage {
  AnnotatedArticle apply(AnnotatedArticle in);
}
