package org.readout.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcResponse;
import org.readout.cli.bench.SyntheticArticle;
import org.readout.cli.bench.SyntheticCorpus;
import org.readout.core.model.Article;

/**
 * Writes the corpus of the Spark scaling benchmark ({@code BENCHMARKS.md}): {@code
 * -Dspark.bench.articles} generated articles (default 2000, {@link SyntheticCorpus}, seed 12) as
 * HTML pages in {@code -Dspark.bench.files} WARC.gz files (default 8) under {@code
 * -Dspark.bench.out}. Skipped unless that folder is named: it writes files, it tests nothing.
 */
class SyntheticWarcs {
  @Test
  void write() throws Exception {
    String out = System.getProperty("spark.bench.out", "");
    assumeTrue(!out.isEmpty(), "set -Dspark.bench.out=DIR to write the benchmark corpus");
    int articles = Integer.getInteger("spark.bench.articles", 2000);
    int files = Integer.getInteger("spark.bench.files", 8);
    Path folder = Files.createDirectories(Path.of(out));
    SyntheticCorpus corpus = new SyntheticCorpus(12, articles);
    List<List<WarcResponse>> parts = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      parts.add(new ArrayList<>());
    }
    int i = 0;
    for (SyntheticArticle s : corpus) {
      Article a = s.article();
      String date = a.date() == null ? null : a.date().toString();
      String title = a.title() == null ? "" : a.title();
      String url = a.url() == null ? TestWarcs.HOST + "bench/" + i : a.url();
      parts.get(i++ % files).add(TestWarcs.page(url, TestWarcs.html(title, date, a.text())));
    }
    for (int f = 0; f < files; f++) {
      TestWarcs.write(folder.resolve(String.format("bench-%02d.warc.gz", f)), parts.get(f));
    }
  }
}
