/**
 * The JSON API under {@code /api/}: documents with every layer, the query families of the command
 * line, and the writes (documents, corrections) that need the bearer token.
 */
@NullMarked
package org.readout.server.api;

import org.jspecify.annotations.NullMarked;
