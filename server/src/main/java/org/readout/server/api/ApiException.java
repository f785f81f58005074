package org.readout.server.api;

import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses, with the HTTP status to answer and, for bad input, the field at fault.
 * The server's error mapper turns it into the JSON error body.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String field;

  public ApiException(int status, @Nullable String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  /** A 400 naming {@code field}. */
  public static ApiException badField(String field, String message) {
    return new ApiException(400, field, message);
  }

  public int status() {
    return status;
  }

  /** The request field at fault (a query parameter or JSON field), or null. */
  public @Nullable String field() {
    return field;
  }
}
