package org.readout.store;

import org.jspecify.annotations.Nullable;

/**
 * A filter on stories; null fields do not filter.
 *
 * @param actor a deduplicated event of the story has this actor on either side
 * @param days the story's day ({@link StoredStory#day()})
 * @param limit at most this many stories (positive), newest day first
 */
public record StoryQuery(@Nullable ActorMatch actor, DateRange days, int limit) {
  public StoryQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
