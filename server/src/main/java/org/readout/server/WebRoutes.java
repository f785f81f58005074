package org.readout.server;

import io.javalin.config.JavalinConfig;

/**
 * A set of routes the server mounts: the JSON API is one, the web reader another. This is the one
 * registration point: {@link ReadoutServer.Builder#routes(WebRoutes)}.
 *
 * <p>Every response already carries the security headers and every exception goes through the
 * server's error mapper, so a route set only adds handlers ({@code config.routes.get(...)}) and,
 * when it needs them, static files.
 */
@FunctionalInterface
public interface WebRoutes {
  /** Adds this set's routes to {@code config}; called once, before the server starts. */
  void addTo(JavalinConfig config, ServerContext context);
}
