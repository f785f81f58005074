package org.readout.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One real-world event of a story, however many articles report it: the mentions with the same
 * source and target (country and role), the same CAMEO root and the same date.
 *
 * @param story the story id
 * @param sourceCode source actor key ({@code CHNGOV})
 * @param targetCode target actor key, or null for an event without one
 * @param code the most specific code the mentions support
 * @param rootCode the CAMEO root
 * @param date the event's date (ISO, possibly coarse), or null when none was resolved
 * @param numArticles distinct articles that report it
 * @param numSources distinct outlets among them (an article without an outlet counts as its own)
 * @param numMentions mentions summed over the articles
 * @param firstReport earliest publication date among them, or null
 * @param lastReport latest publication date, or null
 * @param codes every code the mentions gave and how many mentions gave it, by code; more than one
 *     entry is a conflict, kept for the reader rather than averaged away
 * @param otherDates other dates the story's mentions gave the same source, target and root (each a
 *     deduplicated event of its own): a date conflict, shown
 * @param mentions every underlying mention, by document and offset
 */
public record DedupEvent(
    String story,
    String sourceCode,
    @Nullable String targetCode,
    String code,
    String rootCode,
    @Nullable String date,
    int numArticles,
    int numSources,
    int numMentions,
    @Nullable LocalDate firstReport,
    @Nullable LocalDate lastReport,
    Map<String, Integer> codes,
    List<String> otherDates,
    List<EventLink> mentions) {
  public DedupEvent {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(sourceCode, "sourceCode");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rootCode, "rootCode");
    codes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(codes));
    otherDates = List.copyOf(otherDates);
    mentions = List.copyOf(mentions);
  }
}
