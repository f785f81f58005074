/**
 * {@code readout corrections}: the audit trail of reader corrections and their export as gold data
 * for {@code readout eval}.
 */
@NullMarked
package org.readout.cli.corrections;

import org.jspecify.annotations.NullMarked;
