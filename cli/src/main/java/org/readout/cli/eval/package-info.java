/** {@code readout eval} subcommands: score Readout's layers against annotated corpora. */
@NullMarked
package org.readout.cli.eval;

import org.jspecify.annotations.NullMarked;
