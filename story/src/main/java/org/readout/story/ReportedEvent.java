package org.readout.story;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;

/**
 * One event as one article of a story reports it: the input of {@link EventDeduplicator}.
 *
 * @param document the article's id
 * @param outlet the article's outlet, or null
 * @param published the article's publication date, or null
 * @param event the coded event, with its evidence span in that article's text
 */
public record ReportedEvent(
    String document, @Nullable String outlet, @Nullable LocalDate published, Event event) {
  public ReportedEvent {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(event, "event");
  }
}
