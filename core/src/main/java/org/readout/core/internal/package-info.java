/**
 * Code core's packages share that is not part of Readout's API: it may change without notice, and
 * nothing outside {@code core} should use it.
 */
@NullMarked
package org.readout.core.internal;

import org.jspecify.annotations.NullMarked;
