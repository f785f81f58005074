package org.readout.server.web;

import java.util.Locale;

/**
 * The layers the article view highlights, in the order their side lists appear. Each has its own
 * CSS class ({@code hl-actor} ...) and colour, and a checkbox that hides it.
 */
enum Layer {
  QUOTE("Quotes"),
  EVENT("Events"),
  TIME("Times"),
  ACTOR("Actors"),
  FLAG("Flags");

  private final String title;

  Layer(String title) {
    this.title = title;
  }

  /** The name used in CSS classes, element ids and correction bodies ({@code quote}). */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  String title() {
    return title;
  }
}
