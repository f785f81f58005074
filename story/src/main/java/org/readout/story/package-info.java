/**
 * Stories and deduplicated events: which articles report the same real-world happening (a pure,
 * pairwise decision over features of each article), grouped as the connected components of the
 * accepted links, and the events of a story counted once. Storage is behind {@link
 * org.readout.story.StoryGraph}; this package does no I/O.
 */
@NullMarked
package org.readout.story;

import org.jspecify.annotations.NullMarked;
