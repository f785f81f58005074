/**
 * The query commands over a store ({@code events}, {@code quotes}, {@code actors}, {@code
 * documents}, {@code flags}, {@code show}) and the row formats they share (table, JSON, JSON Lines,
 * CSV, GDELT TSV).
 */
@NullMarked
package org.readout.cli.query;

import org.jspecify.annotations.NullMarked;
