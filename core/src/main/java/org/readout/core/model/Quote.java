package org.readout.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement and who made it.
 *
 * @param span the quoted text without its quote marks (for indirect speech, the reported clause)
 * @param kind direct, partial or indirect
 * @param speaker id of the speaking {@link Actor}, or null when it cannot be determined
 * @param speakerMention the mention the attribution rests on ("He", "Putin"), or null
 * @param via id of the reporting channel's actor (a news agency, a readout), or null
 * @param cue the speech cue ("said", "according to"), or null when attributed by context alone
 * @param confidence 0..1, how sure the attribution is
 * @param date when the statement was made: an ISO date ({@code 2025-01-21}) from a time expression
 *     governing the cue's sentence or paragraph, else the document date; a coarser TIMEX value
 *     ({@code 2025-01}) when that is all the text says; null when nothing dates it
 */
public record Quote(
    Span span,
    QuoteKind kind,
    @Nullable String speaker,
    @Nullable Span speakerMention,
    @Nullable String via,
    @Nullable Span cue,
    double confidence,
    @Nullable String date) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}
