package org.readout.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Sentence;
import org.readout.core.model.Token;
import org.readout.core.pipeline.Stage;

/**
 * Not a test: {@code main} times each core stage over generated text with no sentence break (curly
 * quotes, emoji, a few English words and names, no full stop) at doubling sizes, with the sentences
 * capped at 120 tokens as the CoreNLP adapter caps them, so that a stage whose cost grows faster
 * than the text shows as a ratio above 2 (issue 13, BENCHMARKS "Budgets"). Run it with the core
 * test class path: {@code java -cp ... org.readout.core.testing.NoBreakProfile 150000 3}.
 */
public final class NoBreakProfile {
  private static final String[] WORDS = {
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "\uD83D\uDE80",
    "\uD83D\uDE00",
    "\uD83D\uDD25",
    "the",
    "talks",
    "China",
    "Russia",
    "said",
    "Putin",
    "met",
    "and",
    "in",
    "Moscow",
    "on",
    "Monday",
    "we",
    "will",
    "support",
    "them",
    "he",
    "they",
    "minister",
    "Kenya",
    "protest",
    "very",
    "good"
  };

  private NoBreakProfile() {}

  /** The generated text: {@code chars} characters, drawn with a fixed seed. */
  public static String text(int chars, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(chars + 16);
    while (sb.length() < chars) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
    }
    return sb.toString();
  }

  /** {@link SimpleAnalyzer}, its sentences cut into pieces of at most {@code max} tokens. */
  static TextAnalyzer capped(int max) {
    return text -> {
      TextAnalyzer.Analysis a = new SimpleAnalyzer().analyze(text);
      List<Sentence> out = new ArrayList<>();
      List<Token> tokens = a.tokens();
      for (Sentence s : a.sentences()) {
        for (int f = s.firstToken(); f < s.endToken(); f += max) {
          int e = Math.min(s.endToken(), f + max);
          out.add(
              new Sentence(
                  new org.readout.core.model.Span(
                      tokens.get(f).span().start(), tokens.get(e - 1).span().end()),
                  f,
                  e));
        }
      }
      return new TextAnalyzer.Analysis(out, tokens, a.entities());
    };
  }

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<SimplePipeline.Named> stages = new ArrayList<>(SimplePipeline.stages());
    stages.set(
        1,
        new SimplePipeline.Named(
            "LinguisticAnalysis(capped)", new LinguisticAnalysis(capped(120))));
    // Warm up on a small text so the first size does not pay for class loading.
    run(stages, text(20_000, 1), false);
    for (int i = 0; i < steps; i++, size *= 2) {
      System.out.printf(Locale.ROOT, "== %,d chars%n", size);
      run(stages, text(size, 7), true);
    }
  }

  private static void run(List<SimplePipeline.Named> stages, String text, boolean print) {
    Article a =
        new Article("no-break", null, text, LocalDate.of(2025, 1, 22), DateSource.GIVEN, null);
    AnnotatedArticle doc = AnnotatedArticle.of(a);
    long g0 = System.nanoTime();
    org.readout.core.analysis.LanguageGuess.of(text);
    org.readout.core.analysis.LanguageGuess.caseless(text);
    if (print) {
      System.out.printf(
          Locale.ROOT, "  %-30s %8d ms%n", "LanguageGuess", (System.nanoTime() - g0) / 1_000_000);
    }
    for (SimplePipeline.Named s : stages) {
      Stage stage = s.stage();
      long t0 = System.nanoTime();
      doc = stage.apply(doc);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (print) {
        System.out.printf(Locale.ROOT, "  %-30s %8d ms%n", s.name(), ms);
      }
    }
    if (print) {
      System.out.printf(
          Locale.ROOT,
          "  sentences %d, tokens %d, actors %d, quotes %d, times %d, events %d%n",
          doc.sentences().size(),
          doc.tokens().size(),
          doc.actors().size(),
          doc.quotes().size(),
          doc.times().size(),
          doc.events().size());
    }
  }
}
