/**
 * GDELT 2.0 Event table output ({@code readout extract --format gdelt}); the column mapping is in
 * docs/gdelt.md.
 */
@NullMarked
package org.readout.store.gdelt;

import org.jspecify.annotations.NullMarked;
