package org.readout.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.pipeline.Pipeline;

/**
 * {@code readout eval quotes --polnear DIR}: finds every {@code attributions/NAME_ANNOTATOR.ann}
 * under DIR with its {@code text/NAME.txt}, runs the pipeline over each article (two at a time: the
 * pipeline is thread-safe) and scores it with {@link PolnearScorer}. Where two annotators marked
 * one article, the first annotation file in name order is the gold, so each article counts once.
 */
final class PolnearEvaluation {
  private PolnearEvaluation() {}

  /** Prints the scores; returns 0, 1 when some article could not be read, 2 without articles. */
  static int run(
      Path dir, @Nullable Path errorsFile, Pipeline pipeline, PrintWriter out, PrintWriter err)
      throws IOException {
    Map<String, Path[]> articles = articles(dir);
    if (articles.isEmpty()) {
      err.println(dir + ": no attributions/*.ann with a text/*.txt beside them");
      return 2;
    }
    PrintWriter errors =
        errorsFile == null
            ? null
            : new PrintWriter(Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8));
    PolnearScorer.Counts counts = new PolnearScorer.Counts();
    boolean failed = evaluate(articles, pipeline, new PolnearScorer(errors), counts, err);
    if (errors != null) {
      PolnearScorer.printWrongClasses(counts, errors);
      errors.close();
    }
    PolnearScorer.print(counts, out);
    out.flush();
    return failed ? 1 : 0;
  }

  /** Scores the articles in name order; returns whether some article failed. */
  static boolean evaluate(
      Map<String, Path[]> articles,
      Pipeline pipeline,
      PolnearScorer scorer,
      PolnearScorer.Counts counts,
      PrintWriter err) {
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Scored>> results = new ArrayList<>();
      List<Path> texts = new ArrayList<>();
      for (Path[] files : articles.values()) {
        texts.add(files[0]);
        results.add(workers.submit(() -> scored(files, pipeline)));
      }
      boolean failed = false;
      for (int i = 0; i < results.size(); i++) {
        try {
          Scored s = results.get(i).get();
          scorer.add(counts, s.gold(), s.doc());
        } catch (ExecutionException e) {
          err.println(texts.get(i) + ": " + e.getCause());
          failed = true;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return true;
        }
      }
      return failed;
    } finally {
      workers.shutdownNow();
    }
  }

  private record Scored(PolnearDocument gold, AnnotatedArticle doc) {}

  private static Scored scored(Path[] files, Pipeline pipeline) throws IOException {
    PolnearDocument g = PolnearDocument.read(files[0], files[1]);
    return new Scored(g, pipeline.apply(GoldLines.article(g.id(), g.text(), g.date())));
  }

  /**
   * Article name to its text file and first annotation file, in name order; annotation files
   * without a text file are skipped.
   */
  static Map<String, Path[]> articles(Path dir) throws IOException {
    List<Path> anns;
    try (Stream<Path> s = Files.walk(dir)) {
      anns =
          s.filter(
                  p ->
                      p.toString().endsWith(".ann")
                          && p.getParent() != null
                          && p.getParent().getFileName().toString().equals("attributions"))
              .sorted()
              .toList();
    }
    Map<String, Path[]> out = new LinkedHashMap<>();
    for (Path ann : anns) {
      String name = ann.getFileName().toString().replaceFirst("_[^_]*\\.ann$", "");
      Path text = ann.getParent().resolveSibling("text").resolve(name + ".txt");
      if (Files.exists(text)) {
        out.putIfAbsent(ann.getParent().getParent() + "/" + name, new Path[] {text, ann});
      }
    }
    return out;
  }
}
