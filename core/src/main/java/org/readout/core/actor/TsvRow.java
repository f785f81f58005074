package org.readout.core.actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data line of a dictionary TSV file: its stripped fields, and where it came from for error
 * messages.
 */
final class TsvRow {
  private final String file;
  private final int line;
  private final List<String> columns;
  private final String[] fields;

  TsvRow(String file, int line, List<String> columns, String[] fields) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.fields = fields;
  }

  int line() {
    return line;
  }

  String file() {
    return file;
  }

  /** The field, which must not be empty. */
  String required(int column) {
    String value = fields[column];
    if (value.isEmpty()) {
      throw error("empty " + columns.get(column));
    }
    return value;
  }

  /** The field, or null when empty. */
  @Nullable String optional(int column) {
    String value = fields[column];
    return value.isEmpty() ? null : value;
  }

  /** A {@code |}-separated list; an empty field is an empty list, an empty item is an error. */
  List<String> list(int column) {
    String value = fields[column];
    if (value.isEmpty()) {
      return List.of();
    }
    String[] items = value.split("\\|", -1);
    List<String> out = new ArrayList<>(items.length);
    for (String item : items) {
      String s = item.strip();
      if (s.isEmpty()) {
        throw error("empty item in " + columns.get(column));
      }
      out.add(s);
    }
    return out;
  }

  /**
   * An ISO-8601 date ({@code 2025-01-20}), or null when the field is empty and {@code required} is
   * false.
   */
  @Nullable LocalDate date(int column, boolean required) {
    String value = required ? required(column) : optional(column);
    if (value == null) {
      return null;
    }
    LocalDate date = parseIsoDate(value);
    if (date == null) {
      throw error("bad date '" + value + "' in " + columns.get(column) + " (want YYYY-MM-DD)");
    }
    return date;
  }

  /**
   * Parses exactly {@code YYYY-MM-DD}, or returns null. Done by hand because {@code
   * LocalDate.parse} first builds the ISO formatter, which costs more than reading all the
   * dictionary files on a cold JVM.
   */
  static @Nullable LocalDate parseIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * The number written in {@code s[from, to)}, or -1 if any character there is not an ASCII digit.
   */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * A CAMEO-style code: upper-case ASCII letters and digits in groups of three ("CHN", "USAGOV",
   * "IGOG20").
   */
  String code(int column) {
    String value = required(column);
    if (!isCode(value)) {
      throw error("bad code '" + value + "' in " + columns.get(column));
    }
    return value;
  }

  static boolean isCode(String value) {
    if (value.isEmpty() || value.length() % 3 != 0) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  DictionaryException error(String message) {
    return new DictionaryException(file, line, message);
  }
}
