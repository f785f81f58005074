/** Helpers shared by the ingest packages; not public API and may change without notice. */
@NullMarked
package org.readout.ingest.internal;

import org.jspecify.annotations.NullMarked;
