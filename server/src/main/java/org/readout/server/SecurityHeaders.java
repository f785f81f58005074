package org.readout.server;

import io.javalin.http.Context;

/**
 * The headers every response carries. The Content-Security-Policy allows scripts, styles, images
 * and fetches from this origin only, and no inline script or style attribute, so text from an
 * article can never run even if a page forgot to escape it; no page may frame ours.
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
  }
}
