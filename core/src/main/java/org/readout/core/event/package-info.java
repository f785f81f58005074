/**
 * Events: the CAMEO codebook, the verb-and-noun pattern dictionary and the stage that codes "who
 * did what to whom, when" from actors, quotes and time expressions by shallow syntax over tokens
 * and part-of-speech tags.
 */
@NullMarked
package org.readout.core.event;

import org.jspecify.annotations.NullMarked;
