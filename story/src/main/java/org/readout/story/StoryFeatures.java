package org.readout.story;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the story decision knows of one article: its dated happenings, where it says they took
 * place, and the signature of its lead. Everything here comes from the article alone, so a decision
 * between two articles never depends on what else was ingested.
 *
 * @param document the document id
 * @param outlet the outlet that published it, or null
 * @param published the publication date, or null
 * @param happenings distinct dated dyadic events, sorted
 * @param lead the MinHash signature of the lead's word shingles
 * @param places for a happening whose events name where they took place, those places (sorted); a
 *     happening without a known place has no entry
 */
public record StoryFeatures(
    String document,
    @Nullable String outlet,
    @Nullable LocalDate published,
    List<Happening> happenings,
    LeadSignature lead,
    Map<Happening, Set<StoryPlace>> places) {
  public StoryFeatures {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(lead, "lead");
    happenings = happenings.stream().distinct().sorted().toList();
    Map<Happening, Set<StoryPlace>> sorted = new TreeMap<>();
    for (Map.Entry<Happening, Set<StoryPlace>> e : places.entrySet()) {
      if (!e.getValue().isEmpty() && happenings.contains(e.getKey())) {
        sorted.put(e.getKey(), Collections.unmodifiableSet(new TreeSet<>(e.getValue())));
      }
    }
    places = Collections.unmodifiableMap(sorted);
  }

  /** Features without places (an article whose events name none, or a store before schema 6). */
  public StoryFeatures(
      String document,
      @Nullable String outlet,
      @Nullable LocalDate published,
      List<Happening> happenings,
      LeadSignature lead) {
    this(document, outlet, published, happenings, lead, Map.of());
  }

  /** The places of one happening, empty when the article names none. */
  public Set<StoryPlace> placesOf(Happening h) {
    return places.getOrDefault(h, Set.of());
  }
}
