package org.readout.store;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;

/**
 * An event as the store holds it, with what a reader needs to open its evidence.
 *
 * @param documentId the document it was extracted from
 * @param event the event; its span indexes that document's text
 * @param sourceName the source actor's canonical name, or null
 * @param targetName the target actor's canonical name, or null
 * @param day the filing day (ISO): the event's own date when it is a full day, else the document's;
 *     null when neither is known
 * @param text the evidence, {@code event.span()} of the document text
 */
public record StoredEvent(
    String documentId,
    Event event,
    @Nullable String sourceName,
    @Nullable String targetName,
    @Nullable String day,
    String text) {}
