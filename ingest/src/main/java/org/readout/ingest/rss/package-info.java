/**
 * RSS 2.0, RSS 1.0 and Atom feed files (parsed by Rome) as one document per item: start at {@link
 * org.readout.ingest.rss.FeedReader}.
 */
@NullMarked
package org.readout.ingest.rss;

import org.jspecify.annotations.NullMarked;
