package org.readout.store;

/**
 * The store cannot do what was asked: the file is not a Readout store, was written by a newer
 * version, or the database failed. The message names the store's path.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
