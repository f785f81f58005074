package org.readout.story;

import org.jspecify.annotations.Nullable;

/**
 * One event mention behind a deduplicated event: where an article states it, and how it coded it.
 *
 * @param document the article's id
 * @param start evidence start, UTF-16 offset into the article's text, inclusive
 * @param end evidence end, exclusive
 * @param code the CAMEO code this mention was given
 * @param date the date this mention was given (ISO, possibly coarse), or null
 * @param mentions how many times the article states it
 */
public record EventLink(
    String document, int start, int end, String code, @Nullable String date, int mentions) {}
