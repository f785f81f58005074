/**
 * Actors: the curated dictionary (countries, roles, people with terms of office, organizations,
 * news agencies) and the stage that finds their mentions in an article and resolves them to one
 * identity each.
 */
@NullMarked
package org.readout.core.actor;

import org.jspecify.annotations.NullMarked;
