package org.readout.store;

import org.jspecify.annotations.Nullable;
import org.readout.story.DedupEvent;

/**
 * A deduplicated event as the store holds it: one real-world event of a story, with the names and
 * CAMEO values a listing or a GDELT row needs.
 *
 * @param event the event and its links to every mention
 * @param source id of the first mention's source actor, or null
 * @param target id of the first mention's target actor, or null
 * @param sourceName its canonical name, or null
 * @param targetName its canonical name, or null
 * @param quadClass the chosen code's QuadClass
 * @param goldstein the chosen code's Goldstein value
 * @param day the filing day: the event's date when a full day, null when coarser, its first
 *     report's date when it has no date
 */
public record StoredDedupEvent(
    DedupEvent event,
    @Nullable String source,
    @Nullable String target,
    @Nullable String sourceName,
    @Nullable String targetName,
    int quadClass,
    double goldstein,
    @Nullable String day) {}
