/**
 * Reading inputs into {@link org.readout.core.model.Article}s, with diagnostics for bad input:
 * start at {@link org.readout.ingest.ArticleReader}, which handles plain text, HTML and JSON Lines
 * files, folders and standard input, and returns one {@link org.readout.ingest.IngestResult} per
 * document.
 */
@NullMarked
package org.readout.ingest;

import org.jspecify.annotations.NullMarked;
