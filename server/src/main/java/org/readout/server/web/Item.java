package org.readout.server.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.readout.core.model.Span;

/**
 * One annotation as the article view lists it: a quote, event, time, actor or flag.
 *
 * @param ref id unique within the page ({@code q120-184}: the quote whose evidence starts at 120)
 * @param layer its layer
 * @param span its evidence in the article text (an actor's first mention)
 * @param evidence the evidence text
 * @param headline what the side list shows first (a quote's speaker, an event's dyad and code)
 * @param details the hover text and the side list's second line
 * @param links extra evidence the side list links to: label to anchor id ({@code "rests on “He”"}
 *     to {@code ev-q3-s})
 * @param values the item's current values by field name ({@code speaker}, {@code code}, {@code
 *     value} ...), what a correction starts from
 * @param highlights the spans marked in the text
 */
record Item(
    String ref,
    Layer layer,
    Span span,
    String evidence,
    String headline,
    String details,
    Map<String, String> links,
    Map<String, String> values,
    List<Highlight> highlights) {
  Item {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(span, "span");
    links = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(links));
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    highlights = List.copyOf(highlights);
  }

  /** The anchor id of the main evidence. */
  String anchor() {
    return "ev-" + ref;
  }
}
