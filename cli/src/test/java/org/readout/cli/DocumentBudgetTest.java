package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;

class DocumentBudgetTest {
  static final Article SLOW = Article.of("slow", "This one never finishes.");
  static final Article FINE = Article.of("fine", "This one is quick.");

  @Test
  void aDocumentOverBudgetIsAnErrorNamingTheBudgetAndItsWorkIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    try (DocumentBudget budget =
        new DocumentBudget(
            a -> {
              if (a.id().equals("slow")) {
                try {
                  Thread.sleep(Duration.ofMinutes(10).toMillis());
                } catch (InterruptedException e) {
                  interrupted.countDown();
                  throw new IllegalStateException(e);
                }
              }
              return AnnotatedArticle.of(a);
            },
            Duration.ofMillis(200))) {
      DocumentBudget.Outcome slow = budget.apply(SLOW);
      assertThat(slow.doc()).isNull();
      assertThat(slow.error()).contains("time budget of 0.2 s").contains("--doc-timeout");
      // The abandoned work is told to stop, and the next document is served as usual.
      assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
      DocumentBudget.Outcome fine = budget.apply(FINE);
      assertThat(fine.error()).isNull();
      assertThat(fine.doc().article().id()).isEqualTo("fine");
    }
  }

  @Test
  void runningOutOfMemoryOnOneDocumentIsNamedAndTheNextGoesOn() {
    try (DocumentBudget budget =
        new DocumentBudget(
            a -> {
              if (a.id().equals("slow")) {
                throw new OutOfMemoryError("Java heap space");
              }
              return AnnotatedArticle.of(a);
            },
            Duration.ZERO)) {
      assertThat(budget.apply(SLOW).error())
          .contains("out of memory")
          .contains(SLOW.text().length() + " characters")
          .contains("-Xmx");
      assertThat(budget.apply(FINE).doc()).isNotNull();
    }
  }

  @Test
  void aStageFailureIsAMessageNotAnException() {
    try (DocumentBudget budget =
        new DocumentBudget(
            a -> {
              throw new IllegalArgumentException("no sentences");
            },
            Duration.ofSeconds(5))) {
      assertThat(budget.apply(FINE).error())
          .isEqualTo("analysis failed: " + new IllegalArgumentException("no sentences"));
    }
  }

  @Test
  void aPipelineStopsBetweenStagesOnceItsThreadIsInterrupted() {
    var pipeline =
        org.readout.core.pipeline.Pipeline.of(
            doc -> {
              Thread.currentThread().interrupt();
              return doc;
            },
            doc -> {
              throw new AssertionError("the second stage must not run");
            });
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> pipeline.apply(FINE))
          .isInstanceOf(java.util.concurrent.CancellationException.class)
          .hasMessageContaining("fine");
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }
}
