package org.readout.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the story decision knows of one article: its dated happenings and the signature of its lead.
 * Everything here comes from the article alone, so a decision between two articles never depends on
 * what else was ingested.
 *
 * @param document the document id
 * @param outlet the outlet that published it, or null
 * @param published the publication date, or null
 * @param happenings distinct dated dyadic events, sorted
 * @param lead the MinHash signature of the lead's word shingles
 */
public record StoryFeatures(
    String document,
    @Nullable String outlet,
    @Nullable LocalDate published,
    List<Happening> happenings,
    LeadSignature lead) {
  public StoryFeatures {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(lead, "lead");
    happenings = happenings.stream().distinct().sorted().toList();
  }
}
