/** The {@link org.readout.core.pipeline.Stage} contract and the standard order of stages. */
@NullMarked
package org.readout.core.pipeline;

import org.jspecify.annotations.NullMarked;
