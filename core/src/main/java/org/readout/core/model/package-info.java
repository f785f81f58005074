/**
 * The vocabulary of Readout: articles, spans and the annotation records that stages add. Every
 * offset is a half-open range of UTF-16 indexes into {@link org.readout.core.model.Article#text()}.
 */
@NullMarked
package org.readout.core.model;

import org.jspecify.annotations.NullMarked;
