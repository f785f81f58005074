package org.readout.story;

import org.jspecify.annotations.Nullable;

/**
 * Why one article is in its story: the link to the member that explains it best, or none for the
 * story's first report (and for a story of one article).
 *
 * @param document the article
 * @param link its strongest link to an earlier report, else to any member; null for the first
 */
public record Joined(String document, @Nullable Link link) {}
