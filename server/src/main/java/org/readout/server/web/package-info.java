/**
 * The web reader: server-rendered HTML pages over the store (article view with every layer
 * highlighted on its evidence, search, timeline, actor pages, correction forms). JavaScript only
 * enhances; every page reads without it.
 */
@NullMarked
package org.readout.server.web;

import org.jspecify.annotations.NullMarked;
