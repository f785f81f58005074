package org.readout.cli.query;

import java.util.Locale;
import picocli.CommandLine;

/** How query results are printed. */
public enum OutputFormat {
  /** Aligned columns for a person at a terminal. */
  TABLE,
  /** One JSON array. */
  JSON,
  /** One JSON object per line. */
  JSONL,
  /** RFC 4180 CSV with a header line. */
  CSV,
  /** GDELT 2.0 Event table rows (events only). */
  GDELT;

  /** The default: a table on a terminal, JSON Lines for a pipe or file. */
  static OutputFormat defaultFor(boolean terminal) {
    return terminal ? TABLE : JSONL;
  }

  /** Reads a format name in any letter case, naming the choices when it is none of them. */
  public static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "unknown format '" + value + "' (choose table, json, jsonl, csv or gdelt)");
      }
    }
  }
}
