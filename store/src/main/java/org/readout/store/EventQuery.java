package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A filter on stored events; null fields do not filter.
 *
 * @param actor either side is this actor
 * @param partner with {@code actor}: the other side is this actor (a dyad, both directions)
 * @param source the source is this actor
 * @param target the target is this actor
 * @param codePrefix CAMEO event code prefix: {@code 04} matches 040–046, {@code 042} only 042
 * @param quadClass 1..4
 * @param days the event's filing day (its own date, else its document's)
 * @param documentId events of this document only
 * @param limit at most this many rows (positive)
 */
public record EventQuery(
    @Nullable ActorMatch actor,
    @Nullable ActorMatch partner,
    @Nullable ActorMatch source,
    @Nullable ActorMatch target,
    @Nullable String codePrefix,
    @Nullable Integer quadClass,
    DateRange days,
    @Nullable String documentId,
    int limit) {
  public EventQuery {
    if (partner != null && actor == null) {
      throw new IllegalArgumentException("a dyad's partner needs an actor (--actor A --with B)");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new IllegalArgumentException("quad class must be 1 to 4: " + quadClass);
    }
    if (codePrefix != null && !codePrefix.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("a CAMEO event code is 1 to 4 digits: " + codePrefix);
    }
  }

  /** Every event, up to {@code limit}. */
  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, null, null, DateRange.ALL, null, limit);
  }
}
