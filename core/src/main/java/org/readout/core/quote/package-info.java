/**
 * Quotes: direct, partial and indirect statements, their speakers resolved to actors, and the
 * reporting channel they reached the reporter through. {@link
 * org.readout.core.quote.QuoteExtractor} is the stage; the rest is package-private.
 */
@NullMarked
package org.readout.core.quote;

import org.jspecify.annotations.NullMarked;
