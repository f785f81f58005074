package org.readout.store;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.Flag;

/**
 * A consistency flag as the store holds it.
 *
 * @param documentId the document it was raised on
 * @param flag the flag; its spans index that document's text
 * @param text the flagged text
 * @param otherText the text it conflicts with, or null
 */
public record StoredFlag(String documentId, Flag flag, String text, @Nullable String otherText) {}
