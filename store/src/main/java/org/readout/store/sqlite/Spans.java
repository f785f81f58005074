package org.readout.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.readout.core.model.Span;

/** The compact text form of a list of spans: {@code "0-12 14-30"}. */
final class Spans {
  private Spans() {}

  static <T> String pack(List<T> items, Function<T, Span> span) {
    StringBuilder b = new StringBuilder();
    for (T item : items) {
      Span s = span.apply(item);
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(s.start()).append('-').append(s.end());
    }
    return b.toString();
  }

  static List<Span> unpack(String packed) {
    List<Span> spans = new ArrayList<>();
    if (packed.isEmpty()) {
      return spans;
    }
    for (String part : packed.split(" ")) {
      int dash = part.indexOf('-');
      spans.add(
          new Span(
              Integer.parseInt(part.substring(0, dash)),
              Integer.parseInt(part.substring(dash + 1))));
    }
    return spans;
  }
}
