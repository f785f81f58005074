package org.readout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.AnnotationAssert;

/** One standard {@link Readout} per test JVM: loading CoreNLP takes seconds, so tests share it. */
public final class TestPipelines {
  /**
   * The shared example article, read where it lies ({@code ../shared}, beside the project) and
   * never copied into the project.
   */
  public static final Path EXAMPLE = SharedData.path("corpus", "xi-putin-video-call.txt");

  private static AnnotatedArticle example;

  private TestPipelines() {}

  /**
   * The example article run through the standard pipeline with its publication date, 2025-01-22.
   * Skips the calling test where the shared folder is absent, as in a user's clone, and fails it
   * where the folder is present but the article cannot be read ({@link SharedData#require}).
   */
  public static synchronized AnnotatedArticle example() {
    SharedData.require(EXAMPLE);
    if (example == null) {
      try {
        String text = Files.readString(EXAMPLE);
        example =
            standard()
                .pipeline()
                .apply(
                    new Article(
                        "xi-putin", null, text, LocalDate.of(2025, 1, 22), DateSource.GIVEN, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      AnnotationAssert.assertWellFormed(example);
    }
    return example;
  }

  public static Readout standard() {
    return Readout.load();
  }

  /**
   * Runs the standard pipeline over {@code text} dated {@code date} (given) and checks the result
   * is well formed.
   */
  public static AnnotatedArticle run(String text, LocalDate date) {
    AnnotatedArticle doc =
        standard().pipeline().apply(new Article("t", null, text, date, DateSource.GIVEN, null));
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }
}
