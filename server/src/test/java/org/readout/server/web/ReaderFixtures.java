package org.readout.server.web;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.SimplePipeline;
import org.readout.store.sqlite.SqliteStore;

/**
 * Articles written for the web reader's tests (in our own words, about invented meetings), run
 * through the core stages and stored in a real SQLite file.
 */
final class ReaderFixtures {
  private ReaderFixtures() {}

  static final String SUMMIT_ID = "wire-2025-01-21-summit";

  static final String SUMMIT =
      "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday,"
          + " January 21, 2025, the Kremlin said.\n\n"
          + "\"Our partnership has never been stronger,\" Putin told reporters after the talks.\n\n"
          + "Xi said the two countries would expand trade in energy and grain next year. He added"
          + " that Beijing wanted a lasting peace in Europe.\n\n"
          + "The meeting was first planned for Friday, January 21, 2025, officials said.";

  static final String SCRIPT_ID = "hostile-markup";

  static final String SCRIPT =
      "French President Emmanuel Macron criticized the plan on Monday.\n\n"
          + "The page that carried the story also contained <script>alert('pwned')</script> and"
          + " <img src=x onerror=alert(2)> as plain words, which a reader must see as text.";

  static final String TALKS_ID = "world/2025-01-23 talks";

  static final String TALKS =
      "Chinese President Xi Jinping accused Russia of delaying payments on Thursday.\n\n"
          + "Russian President Vladimir Putin praised China for its support on Thursday.";

  static List<AnnotatedArticle> articles() {
    return List.of(
        annotate(SUMMIT_ID, "Putin and Xi meet in Moscow", SUMMIT, LocalDate.of(2025, 1, 21)),
        annotate(SCRIPT_ID, "A <script> in the headline", SCRIPT, LocalDate.of(2025, 1, 20)),
        annotate(TALKS_ID, "Xi and Putin trade words", TALKS, LocalDate.of(2025, 1, 23)));
  }

  static AnnotatedArticle annotate(String id, String title, String text, LocalDate date) {
    return SimplePipeline.runChecked(
        new Article(
            id,
            title,
            text,
            date,
            DateSource.METADATA,
            "https://www.example-wire.test/" + id.replace(' ', '-')));
  }

  /** A store at {@code file} holding {@link #articles()}. */
  static SqliteStore store(Path file) {
    SqliteStore store = SqliteStore.open(file);
    store.write(articles(), Instant.parse("2025-01-24T08:00:00Z"));
    return store;
  }
}
