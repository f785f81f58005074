/**
 * Event ontologies other than CAMEO: the PLOVER category and mode of each CAMEO event code, read
 * from a documented, validated table.
 */
@NullMarked
package org.readout.core.ontology;

import org.jspecify.annotations.NullMarked;
