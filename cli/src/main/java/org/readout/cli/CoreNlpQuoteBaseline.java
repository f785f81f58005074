package org.readout.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;

/**
 * Stanford CoreNLP's own quote extraction and attribution (the {@code quote} annotator with its
 * QuoteAttributionAnnotator), run as a yardstick for {@code readout bench --corenlp-quotes}.
 *
 * <p>It exists so that the benchmark can show, on the same articles and in the same run, what
 * Readout's speed and speaker attribution are being compared against. No Readout stage uses it.
 * Loading takes the better part of a minute and annotating costs seconds per article, so build one
 * instance and use it from one thread.
 */
public final class CoreNlpQuoteBaseline {
  /**
   * One quote as CoreNLP reports it: offsets include the quote marks; the speaker is null when
   * unattributed.
   */
  public record BaselineQuote(Span span, @Nullable String speaker) {}

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuoteBaseline() {
    pipeline = new StanfordCoreNLP(properties());
  }

  /**
   * The pipeline's settings: CoreNLP's defaults for English, with the coref algorithm named so the
   * baseline cannot drift between releases. Design decision: "statistical" is what 4.5.10 picks for
   * English when none is named ({@code CorefProperties.algorithm}), and it runs on the dependency
   * parse. The models jar holds every algorithm's models (dcoref, statistical, neural, fastneural);
   * "neural" would add the constituency parser and make the yardstick slower still. Quote
   * attribution ({@code quote.attributeQuotes}, on by default; set here to be explicit) uses coref
   * chains and needs only models present in the jar.
   */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("quote.attributeQuotes", "true");
    return p;
  }

  /**
   * The top-level quotes CoreNLP finds in {@code text}, in text order, with their attributed
   * speakers.
   */
  public List<BaselineQuote> quotes(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<BaselineQuote> out = new ArrayList<>();
    if (found == null) {
      return out;
    }
    for (CoreMap q : found) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(
          new BaselineQuote(
              new Span(begin, end), q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
    }
    return out;
  }

  /**
   * The bench section: warms up on one article, then annotates every article at least once and
   * until {@code minSeconds} have passed, and prints per-article quote counts beside Readout's, the
   * mean time beside {@code readoutMsPerArticle}, and, when {@code example} exists, both speakers
   * for each quote in it. Prints offsets, never article text, so the output can go into the
   * project's docs.
   */
  void bench(
      PrintWriter out,
      Readout readout,
      List<Article> articles,
      double readoutMsPerArticle,
      double minSeconds,
      Path example,
      ReadOptions options)
      throws IOException {
    quotes(articles.get(0).text());
    long n = 0;
    long nanos = 0;
    while (n < articles.size() || nanos < minSeconds * 1e9) {
      for (Article a : articles) {
        long t = System.nanoTime();
        List<BaselineQuote> found = quotes(a.text());
        long took = System.nanoTime() - t;
        nanos += took;
        long ms = took / 1_000_000;
        if (n < articles.size()) {
          AnnotatedArticle doc = readout.pipeline().apply(a);
          out.printf(
              "  %-34s %6d ms  CoreNLP %2d quotes, %2d with speaker | Readout %2d quotes (%d in quote marks),"
                  + " %2d with speaker%n",
              a.id(),
              ms,
              found.size(),
              found.stream().filter(q -> q.speaker() != null).count(),
              doc.quotes().size(),
              doc.quotes().stream().filter(q -> q.kind() != QuoteKind.INDIRECT).count(),
              doc.quotes().stream().filter(q -> q.speaker() != null).count());
        }
        n++;
      }
    }
    double ms = nanos / 1e6 / n;
    out.printf(
        "Readout full pipeline: %.2f ms/article (1 thread, from the phase above)%n",
        readoutMsPerArticle);
    out.printf(
        "CoreNLP quote pipeline: %.0f ms/article over %d articles, %.0fx Readout%n",
        ms, n, ms / readoutMsPerArticle);
    if (Files.isRegularFile(example)) {
      compareSpeakers(out, readout, example, options);
    }
  }

  /** Prints, for each quote CoreNLP or Readout finds in the example, who each says spoke it. */
  private void compareSpeakers(PrintWriter out, Readout readout, Path example, ReadOptions options)
      throws IOException {
    List<Article> read = new ArrayList<>();
    try (var s = new ArticleReader().read(example, options)) {
      s.map(IngestResult::article).filter(a -> a != null).forEach(read::add);
    }
    if (read.isEmpty()) {
      return;
    }
    Article article = read.get(0);
    AnnotatedArticle doc = readout.pipeline().apply(article);
    List<BaselineQuote> found = quotes(article.text());
    out.printf(
        "speakers in %s (CoreNLP's span includes the quote marks; Readout's does not):%n", example);
    List<Quote> paired = new ArrayList<>();
    for (BaselineQuote b : found) {
      Quote r = overlapping(doc.quotes(), b.span());
      if (r != null) {
        paired.add(r);
      }
      out.printf(
          "  %-13s CoreNLP: %-16s Readout: %s%n",
          b.span(),
          b.speaker() == null ? "-" : b.speaker(),
          r == null ? "(no quote)" : speakerName(doc, r) + " " + r.span() + " " + r.kind().label());
    }
    for (Quote r : doc.quotes()) {
      if (!paired.contains(r)) {
        out.printf(
            "  %-13s CoreNLP: %-16s Readout: %s (%s)%n",
            r.span(), "(no quote)", speakerName(doc, r), r.kind().label());
      }
    }
  }

  private static String speakerName(AnnotatedArticle doc, Quote q) {
    Actor a = doc.actor(q.speaker());
    return a == null ? "-" : a.name();
  }

  /**
   * Readout's quote for CoreNLP's quote at {@code span}, or null: the first one inside it, else the
   * first one that overlaps it. Readout's spans leave out the quote marks and CoreNLP's include
   * them, so equality never pairs the two; preferring containment keeps a partial quote from losing
   * to a longer reported clause around it.
   */
  static @Nullable Quote overlapping(List<Quote> quotes, Span span) {
    Quote overlap = null;
    for (Quote q : quotes) {
      if (span.contains(q.span()) && q.span().length() > 0) {
        return q;
      }
      if (overlap == null && q.span().overlaps(span)) {
        overlap = q;
      }
    }
    return overlap;
  }
}
