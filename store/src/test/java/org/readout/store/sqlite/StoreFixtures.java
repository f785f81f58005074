package org.readout.store.sqlite;

import java.time.LocalDate;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.SimplePipeline;

/** Articles written for the store tests, run through the core stages (no CoreNLP). */
final class StoreFixtures {
  private StoreFixtures() {}

  static final String CALL =
      "Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on"
          + " Tuesday, the two governments said.\n\n"
          + "\"Our cooperation has no limits,\" Putin told Xi, according to the Kremlin.\n\n"
          + "Xi said that the two countries would deepen trade in the coming year.";

  static final String SANCTIONS =
      "The European Union imposed new sanctions on Iran on Monday over its missile programme.\n\n"
          + "\"This is a warning,\" the EU foreign policy chief said.";

  static AnnotatedArticle annotate(String id, String text, LocalDate date, String url) {
    return SimplePipeline.runChecked(
        new Article(id, "Headline of " + id, text, date, DateSource.METADATA, url));
  }

  static AnnotatedArticle call() {
    return annotate(
        "call-1", CALL, LocalDate.of(2025, 1, 22), "https://www.example-wire.com/world/call-1");
  }

  static AnnotatedArticle sanctions() {
    return annotate(
        "sanctions-1", SANCTIONS, LocalDate.of(2024, 6, 10), "https://news.example.org/s1");
  }
}
