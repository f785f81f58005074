package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A correction the store refuses because of what was asked: a bad field (an unknown actor, code or
 * date, a span that addresses no item), an unknown document or correction, or a review of one that
 * is not pending. {@link #field()} names the request field at fault.
 */
public final class CorrectionException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** Why it was refused. */
  public enum Reason {
    BAD_FIELD,
    NOT_FOUND,
    CONFLICT
  }

  private final Reason reason;
  private final @Nullable String field;

  public CorrectionException(Reason reason, @Nullable String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  public @Nullable String field() {
    return field;
  }
}
