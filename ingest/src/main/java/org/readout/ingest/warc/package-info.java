/**
 * WARC and WARC.gz files (parsed by jwarc), as Common Crawl News publishes them, as one document
 * per HTML response record: start at {@link org.readout.ingest.warc.WarcFileReader}.
 */
@NullMarked
package org.readout.ingest.warc;

import org.jspecify.annotations.NullMarked;
