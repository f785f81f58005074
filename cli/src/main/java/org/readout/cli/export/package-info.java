/**
 * {@code readout export}: the store (or a filtered part) as one file per table, in JSON Lines, CSV,
 * GDELT 2.0 TSV or Parquet.
 */
@NullMarked
package org.readout.cli.export;

import org.jspecify.annotations.NullMarked;
