package org.readout.server.web;

/**
 * A page that answers with an error status but still as a page: a bad filter (400, the form with
 * the error above it) or a missing document (404). The reader's routes render its body in the page
 * frame, never the JSON error of the API.
 */
final class PageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String body;

  PageException(int status, String body) {
    super("page error " + status);
    this.status = status;
    this.body = body;
  }

  int status() {
    return status;
  }

  /** The page content, already HTML. */
  String body() {
    return body;
  }
}
