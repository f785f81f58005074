package org.readout.store;

import org.jspecify.annotations.Nullable;
import org.readout.core.model.ActorKind;

/**
 * A filter on actors across documents.
 *
 * @param kind only actors of this kind, or null for all
 * @param limit the top this many, by number of documents
 */
public record ActorQuery(@Nullable ActorKind kind, int limit) {
  public ActorQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
