/**
 * {@code readout ingest}: reading, extraction and writing to the store as one bounded pipeline,
 * with progress and a summary of what happened to every document.
 */
@NullMarked
package org.readout.cli.ingest;

import org.jspecify.annotations.NullMarked;
