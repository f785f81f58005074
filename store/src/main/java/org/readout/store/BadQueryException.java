package org.readout.store;

/**
 * A query the store cannot run because of what the user asked (a full-text search that is not valid
 * FTS5 syntax), as opposed to a failure of the store itself.
 */
public final class BadQueryException extends StoreException {
  private static final long serialVersionUID = 1L;

  public BadQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
