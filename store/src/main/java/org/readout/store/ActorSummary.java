package org.readout.store;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * One actor across the store: dictionary actors share an id in every document, so they are counted
 * together; others are counted by id, name and kind.
 *
 * @param documents number of documents that mention it
 * @param mentions number of mentions in all of them
 * @param exampleDocumentId a document that mentions it (the first stored)
 * @param exampleSpan the first mention in that document
 * @param exampleText the text of that mention
 */
public record ActorSummary(
    String actorId,
    String name,
    String kind,
    @Nullable String code,
    @Nullable String country,
    int documents,
    int mentions,
    String exampleDocumentId,
    Span exampleSpan,
    String exampleText) {}
