package org.readout.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored document without its text: metadata and how many items of each layer it has.
 *
 * @param outlet the URL's host without {@code www.}, or null without a URL
 * @param contentHash see {@link ContentHash}
 */
public record DocumentSummary(
    String id,
    @Nullable String url,
    @Nullable String title,
    @Nullable String date,
    String dateSource,
    @Nullable String outlet,
    @Nullable String language,
    String contentHash,
    Instant ingestedAt,
    int textLength,
    int actors,
    int quotes,
    int times,
    int events,
    int flags) {}
