package org.readout.cli.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code YYYY-MM-DD} option values with a one-line error for anything else. */
public final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date (YYYY-MM-DD, a real day)");
    }
  }
}
