/** Reading inputs into {@link org.readout.core.model.Article}s, with diagnostics for bad input. */
@NullMarked
package org.readout.ingest;

import org.jspecify.annotations.NullMarked;
