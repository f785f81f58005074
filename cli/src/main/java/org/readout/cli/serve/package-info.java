/**
 * {@code readout serve}: wires the store, the standard pipeline and the web routes into the server.
 */
@NullMarked
package org.readout.cli.serve;

import org.jspecify.annotations.NullMarked;
