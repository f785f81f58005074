package org.readout.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;

/**
 * A reader's correction of one extracted item, as stored: what is wrong, the proposed fix, who
 * proposed it and when, and how it was reviewed. It addresses its item by document id, layer and
 * span (plus, for events, {@link Corrections#eventKey}, since several events may share evidence),
 * never by a row key, so it survives re-extraction.
 *
 * @param id the store's number for it
 * @param span UTF-16 offsets of the item (of the selected text for {@link Field#ADD})
 * @param spanText the text at {@code span} when proposed; it must still be there to apply
 * @param itemKey for events, the addressed event's {@link Corrections#eventKey} ({@code "041
 *     person/xi-jinping"}) or its code alone; else null
 * @param original the item's value before the fix ({@link Corrections#original}); null for an
 *     addition
 * @param proposed the fix, in the form {@link Field} describes; null for removals and comments
 * @param applied whether an accepted correction changed the stored document the last time it was
 *     applied (false when its item no longer exists)
 */
public record Correction(
    long id,
    String documentId,
    Layer layer,
    Span span,
    String spanText,
    @Nullable String itemKey,
    Field field,
    @Nullable String original,
    @Nullable String proposed,
    @Nullable String comment,
    String author,
    Instant createdAt,
    Status status,
    @Nullable String reviewedBy,
    @Nullable Instant reviewedAt,
    boolean applied) {
  public Correction {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(status, "status");
  }

  /** The layer of the corrected item. */
  public enum Layer {
    QUOTE,
    EVENT,
    TIME,
    MENTION,
    FLAG;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What the correction changes. {@code proposed} holds: an actor id of the document for {@link
   * #SPEAKER}, {@link #SOURCE}, {@link #TARGET} and {@link #ACTOR}; a CAMEO event code for {@link
   * #CODE}; an ISO date ({@code 2025}, {@code 2025-01}, {@code 2025-01-21}) for {@link #DATE}; a
   * TIMEX3 value for {@link #VALUE}; nothing for {@link #DIRECTION} (source and target swap),
   * {@link #REMOVE} (not a quote / not an event / ...) and {@link #COMMENT}. For {@link #ADD}, the
   * missing item: a speaker id or nothing (quote), {@code "CODE SOURCE [TARGET]"} (event), a TIMEX3
   * value (time), an actor id (mention).
   */
  public enum Field {
    SPEAKER,
    SOURCE,
    TARGET,
    DIRECTION,
    CODE,
    DATE,
    VALUE,
    ACTOR,
    REMOVE,
    ADD,
    COMMENT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Review state: pending until someone with the token accepts or rejects it. */
  public enum Status {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Parses a label ({@code quote}, {@code speaker}, ...) of {@code type}, or returns null. */
  public static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String label) {
    if (label == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(label.strip().replace('-', '_'))) {
        return e;
      }
    }
    return null;
  }
}
