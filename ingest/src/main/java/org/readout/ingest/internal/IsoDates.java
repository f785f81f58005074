package org.readout.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the calendar date out of ISO 8601 dates and date-times found in metadata. Not public API.
 */
public final class IsoDates {
  // The date part only: a publication time of 2025-05-06T23:30-05:00 is May 6 where it was
  // published, and converting to UTC would move it to May 7.
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+\\-Z ]{0,40})?");

  private IsoDates() {}

  /**
   * The date of an ISO 8601 date ({@code 2025-05-06}) or date-time ({@code 2025-05-06T14:20:00Z},
   * with or without an offset), or null when {@code value} is neither or names no calendar day.
   */
  public static @Nullable LocalDate parse(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > 60) {
      return null;
    }
    Matcher m = DATE.matcher(trimmed);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
