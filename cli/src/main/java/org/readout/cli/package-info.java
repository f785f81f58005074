/** The {@code readout} command line: extract, bench and eval. The only {@code main()}. */
@NullMarked
package org.readout.cli;

import org.jspecify.annotations.NullMarked;
