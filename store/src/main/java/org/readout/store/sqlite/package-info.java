/**
 * The embedded backend: one SQLite file (WAL mode, foreign keys on) with numbered schema
 * migrations. {@link org.readout.store.sqlite.SqliteStore} is the entry point.
 */
@NullMarked
package org.readout.store.sqlite;

import org.jspecify.annotations.NullMarked;
