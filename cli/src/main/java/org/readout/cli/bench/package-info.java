/**
 * Synthetic inputs for benchmarks and large-input tests: news articles assembled from our own
 * sentence templates ({@link org.readout.cli.bench.SyntheticCorpus}, {@link
 * org.readout.cli.bench.StoryCorpus}), their JSONL dump, and database-free event and quote rows
 * ({@link org.readout.cli.bench.SyntheticEvents}). Everything is deterministic from a seed.
 */
@NullMarked
package org.readout.cli.bench;

import org.jspecify.annotations.NullMarked;
