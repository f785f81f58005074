package org.readout.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A possible document date inferred from the article's own evidence, with the reason for a person.
 */
public record DateCandidate(LocalDate date, double score, String reason) {
  public DateCandidate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
  }
}
