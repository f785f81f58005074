package org.readout.story;

import java.util.Set;

/**
 * What one assignment changed: the stories that no longer exist and the ones (re)formed, whose
 * deduplicated events must be computed again. A story id may be in both (re-formed with new
 * members).
 */
public record StoryChange(Set<String> dissolved, Set<String> formed) {
  public StoryChange {
    dissolved = Set.copyOf(dissolved);
    formed = Set.copyOf(formed);
  }
}
