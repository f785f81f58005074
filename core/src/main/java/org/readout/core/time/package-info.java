/**
 * Temporal expressions: finding and normalizing dates, times, durations and sets to TIMEX3 values,
 * inferring a missing document date from the article's own evidence, and flagging dates that
 * contradict each other.
 */
@NullMarked
package org.readout.core.time;

import org.jspecify.annotations.NullMarked;
