/**
 * Stanford CoreNLP behind {@link org.readout.core.analysis.TextAnalyzer}: tokenize, ssplit, pos and
 * 3-class CRF NER.
 */
@NullMarked
package org.readout.nlp;

import org.jspecify.annotations.NullMarked;
