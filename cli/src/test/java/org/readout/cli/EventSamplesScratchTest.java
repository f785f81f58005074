package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

class EventSamplesScratchTest {
  @Test
  void print() throws Exception {
    for (String f : new String[] {"diplomacy-summit.txt", "economy-central-bank.txt", "../../shared/corpus/xi-putin-video-call.txt"}) {
      String text = Files.readString(Path.of("..", "samples", f));
      Article article = new Article(f, null, text, LocalDate.of(2025, 1, 22), DateSource.GIVEN, null);
      AnnotatedArticle doc = TestPipelines.standard().pipeline().apply(article);
      System.out.println("=== " + f + " actors=" + doc.actors().size());
      doc.events().forEach(e -> System.out.println("EV " + e.code() + " " + e.source() + " -> " + e.target() + " " + e.date()
          + " x" + e.mentions() + " | " + e.span().of(text).replace('\n', ' ')));
    }
  }
}
