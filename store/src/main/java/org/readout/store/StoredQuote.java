package org.readout.store;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Quote;

/**
 * A quote as the store holds it.
 *
 * @param documentId the document it was extracted from
 * @param quote the quote; its spans index that document's text
 * @param speakerName the speaker's canonical name, or null
 * @param speakerCode the speaker's CAMEO code, or null
 * @param viaName the relaying channel's name, or null
 * @param text the quoted text, {@code quote.span()} of the document text
 */
public record StoredQuote(
    String documentId,
    Quote quote,
    @Nullable String speakerName,
    @Nullable String speakerCode,
    @Nullable String viaName,
    String text) {}
