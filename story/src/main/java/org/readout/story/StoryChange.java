package org.readout.story;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one assignment changed: the stories that no longer exist and the ones (re)formed, whose
 * deduplicated events must be computed again. A story id may be in both (re-formed with new
 * members).
 *
 * @param dissolved stories that no longer exist as they were
 * @param formed stories (re)formed
 * @param joined when not null, the change is one article joining one story: {@code formed} is
 *     exactly the one story of {@code dissolved} plus this document (perhaps under a new id), so
 *     only the deduplicated events that its events touch need computing again
 */
public record StoryChange(Set<String> dissolved, Set<String> formed, @Nullable String joined) {
  public StoryChange {
    dissolved = Set.copyOf(dissolved);
    formed = Set.copyOf(formed);
    if (joined != null && (dissolved.size() != 1 || formed.size() != 1)) {
      throw new IllegalArgumentException("a join changes one story: " + dissolved + formed);
    }
  }

  /** A change that is not a single join (a new story, a merge, a split). */
  public StoryChange(Set<String> dissolved, Set<String> formed) {
    this(dissolved, formed, null);
  }
}
