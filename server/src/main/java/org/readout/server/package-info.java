/**
 * {@code readout serve}: an HTTP server over an {@link org.readout.store.ArticleStore}. {@link
 * ReadoutServer} owns the process-wide concerns (binding, security headers, the error mapper, the
 * write token); route sets ({@link WebRoutes}) add the JSON API and the web reader.
 */
@NullMarked
package org.readout.server;

import org.jspecify.annotations.NullMarked;
