/**
 * Linguistic analysis (paragraphs, sentences, tokens, part-of-speech tags, named entities) behind a
 * small interface so that core does not depend on CoreNLP; the {@code nlp} module implements it.
 */
@NullMarked
package org.readout.core.analysis;

import org.jspecify.annotations.NullMarked;
