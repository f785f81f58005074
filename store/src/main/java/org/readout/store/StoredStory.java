package org.readout.store;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story as the store holds it: the articles that report one real-world happening.
 *
 * @param id the story id ({@link org.readout.story.StoryId})
 * @param title the earliest report's title, or null
 * @param day the date of its most reported dated event, else its first report's date, or null
 * @param firstReport earliest publication date, or null
 * @param lastReport latest publication date, or null
 * @param documents the member document ids, sorted
 * @param events its deduplicated events
 */
public record StoredStory(
    String id,
    @Nullable String title,
    @Nullable String day,
    @Nullable LocalDate firstReport,
    @Nullable LocalDate lastReport,
    List<String> documents,
    List<StoredDedupEvent> events) {
  public StoredStory {
    documents = List.copyOf(documents);
    events = List.copyOf(events);
  }
}
