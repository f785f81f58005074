package org.readout.core.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.testing.SimpleAnalyzer;

class TimeScratchTest {
  @Test
  void dbg() {
    AnnotatedArticle d = TimeTaggerTest.tag("The ministry will respond in three days.", LocalDate.of(2025,1,22));
    System.out.println("DBG " + d.times() + " " + d.tokens() + " " + new ExpressionFinder().find(d.text()));
  }

  @Test
  void print() throws Exception {
    String text = Files.readString(Path.of("..", "..", "shared", "corpus", "xi-putin-video-call.txt"));
    Article a = new Article("x", null, text, LocalDate.of(2025, 1, 22), DateSource.GIVEN, null);
    AnnotatedArticle doc = new LinguisticAnalysis(new SimpleAnalyzer()).apply(AnnotatedArticle.of(a));
    doc = new ConsistencyChecker().apply(new TimeTagger().apply(doc));
    doc.times().forEach(t -> System.out.println(t.span() + " " + t.kind() + " " + t.value() + " '" + t.span().of(text) + "'"));
    doc.flags().forEach(f -> System.out.println(f));
    long t0 = System.nanoTime();
    TimeTagger tagger = new TimeTagger();
    for (int i = 0; i < 2000; i++) { tagger.apply(doc); }
    System.out.println("us/doc " + (System.nanoTime() - t0) / 2000 / 1000);
    ExpressionFinder f = new ExpressionFinder();
    for (int i = 0; i < 3000; i++) { f.find(text); }
    t0 = System.nanoTime();
    for (int i = 0; i < 3000; i++) { f.find(text); }
    System.out.println("finder us/doc " + (System.nanoTime() - t0) / 3000 / 1000);
    t0 = System.nanoTime();
    for (int i = 0; i < 3000; i++) { tagger.apply(doc); }
    System.out.println("warm us/doc " + (System.nanoTime() - t0) / 3000 / 1000);
    ConsistencyChecker cc = new ConsistencyChecker();
    AnnotatedArticle tagged = tagger.apply(doc);
    t0 = System.nanoTime();
    for (int i = 0; i < 3000; i++) { cc.apply(tagged); }
    System.out.println("checker us/doc " + (System.nanoTime() - t0) / 3000 / 1000);
    AnnotatedArticle nodate = new LinguisticAnalysis(new SimpleAnalyzer()).apply(AnnotatedArticle.of(Article.of("y", text)));
    nodate = new TimeTagger().apply(nodate);
    System.out.println(nodate.article().date() + " " + nodate.dateCandidates());
  }
}
