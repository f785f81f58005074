/**
 * The ingest pipeline as an Apache Spark batch job: one reading task per input file, the records
 * spread over every core for extraction with the standard pipeline loaded once per executor JVM,
 * the stories formed across all documents, and the tables of {@code readout export --format
 * parquet} as output.
 */
@NullMarked
package org.readout.spark;

import org.jspecify.annotations.NullMarked;
