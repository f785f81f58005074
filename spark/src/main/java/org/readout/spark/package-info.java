/**
 * The ingest pipeline as an Apache Spark batch job: one task per input file, the standard pipeline
 * loaded once per executor JVM, and the tables of {@code readout export --format parquet} as
 * output.
 */
@NullMarked
package org.readout.spark;

import org.jspecify.annotations.NullMarked;
