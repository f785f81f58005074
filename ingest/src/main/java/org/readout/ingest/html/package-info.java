/** Extracting an article's main text and metadata from an HTML page with jsoup. */
@NullMarked
package org.readout.ingest.html;

import org.jspecify.annotations.NullMarked;
