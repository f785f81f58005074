package org.readout.cli.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.readout.cli.bench.ArticleComposer.Composed;
import org.readout.cli.bench.Cast.Outlet;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

/**
 * A deterministic stream of varied synthetic news articles for benchmarks and large-input tests.
 * Article {@code i} depends only on the seed, {@code i} and the settings, so the same seed gives
 * the same bytes in any order and on any thread, and nothing is held between articles: a corpus of
 * any size streams in constant memory.
 *
 * <p>Each article reports one main happening (a call, a visit, sanctions, a protest... see {@link
 * Family}) between real actors of the bundled actor dictionary who were in office on its date,
 * written in one of four {@link Style}s from the templates in {@code sentence-templates.txt}, with
 * direct and indirect quotes, background happenings and dates. Its length is about {@code
 * targetTokens} tokens (a paragraph more at most).
 *
 * <p>Design decision: text is assembled from templates we wrote rather than sampled from a language
 * model or copied news, so it is ours to ship, cheap to generate (about a millisecond per article)
 * and exactly reproducible. It is repetitive by real-news standards; use it to measure speed and
 * memory, and {@link StoryCorpus} truth for grouping, not to measure extraction quality.
 */
public final class SyntheticCorpus implements Iterable<SyntheticArticle> {
  public static final int DEFAULT_TARGET_TOKENS = 600;

  /** Default first publication date. Every official in the cast serves somewhere in the range. */
  public static final LocalDate DEFAULT_FROM = LocalDate.of(2025, 3, 20);

  public static final LocalDate DEFAULT_TO = LocalDate.of(2025, 12, 10);

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private final long seed;
  private final long count;
  private final int targetTokens;
  private final LocalDate from;
  private final LocalDate to;
  private final Casting casting;
  private final ArticleComposer composer;

  /**
   * {@code count} articles of about 600 tokens published from {@link #DEFAULT_FROM} to {@link
   * #DEFAULT_TO}.
   */
  public SyntheticCorpus(long seed, long count) {
    this(seed, count, DEFAULT_TARGET_TOKENS, DEFAULT_FROM, DEFAULT_TO);
  }

  /**
   * @param count how many articles; {@link Long#MAX_VALUE} for an endless stream (to fill a byte
   *     budget)
   * @param from first publication date, inclusive
   * @param to last publication date, inclusive
   */
  public SyntheticCorpus(long seed, long count, int targetTokens, LocalDate from, LocalDate to) {
    if (count < 0 || targetTokens < 1 || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "bad corpus settings: count "
              + count
              + ", tokens "
              + targetTokens
              + ", "
              + from
              + ".."
              + to);
    }
    this.seed = seed;
    this.count = count;
    this.targetTokens = targetTokens;
    this.from = from;
    this.to = to;
    Templates templates = Templates.bundled();
    this.casting = new Casting(Cast.bundled(), templates);
    casting.checkCovers(from.minusDays(3), to);
    this.composer = new ArticleComposer(templates);
  }

  public long count() {
    return count;
  }

  /** Article {@code index} ({@code 0 <= index < count}); id {@code synthetic-SEED-INDEX}. */
  public SyntheticArticle article(long index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException(index);
    }
    SplittableRandom random = Seeds.of(seed, index);
    LocalDate published = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    int[] lag = {0, 0, 1, 1, 1, 2, 2, 3};
    LocalDate day = published.minusDays(lag[random.nextInt(lag.length)]);
    Family family = casting.family(random);
    Happening main = casting.happening(random, family, day, day, published);
    Style style = pickStyle(random);
    Outlet outlet = outlet(casting.outlets(), style, random);
    Composed composed =
        composer.compose(
            main,
            "lead." + family.key(),
            style,
            outlet,
            published,
            targetTokens,
            random,
            r -> casting.background(r, published, main));
    String id = "synthetic-" + seed + "-" + index;
    Article article =
        new Article(
            id,
            composed.title(),
            composed.text(),
            published,
            DateSource.GIVEN,
            url(outlet, published, id));
    return new SyntheticArticle(
        article,
        id,
        StoryRole.SINGLE,
        family,
        style,
        outlet.name(),
        day,
        main.source().country(),
        main.target().country());
  }

  /** The articles in index order, generated as they are consumed. */
  @Override
  public Iterator<SyntheticArticle> iterator() {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public SyntheticArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return article(next++);
      }
    };
  }

  /** The articles in index order, lazily; parallel streams give the same articles. */
  public Stream<SyntheticArticle> stream() {
    return LongStream.range(0, count).mapToObj(this::article);
  }

  /** Just the articles. */
  public Stream<Article> articles() {
    return stream().map(SyntheticArticle::article);
  }

  /**
   * A cheap estimate of how many tokens CoreNLP's tokenizer finds: runs of letters and digits (with
   * inner apostrophes, dots and hyphens) and single punctuation marks.
   */
  public static int approximateTokens(CharSequence text) {
    Matcher m = TOKEN.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static Style pickStyle(SplittableRandom random) {
    int r = random.nextInt(10);
    return r < 4 ? Style.WIRE : r < 6 ? Style.TRANSLATED : r < 8 ? Style.ANALYSIS : Style.BRIEF;
  }

  static Outlet outlet(List<Outlet> outlets, Style style, SplittableRandom random) {
    List<Outlet> fitting = outlets.stream().filter(o -> o.styles().contains(style)).toList();
    return fitting.get(random.nextInt(fitting.size()));
  }

  static String url(Outlet outlet, LocalDate published, String id) {
    return "https://www."
        + outlet.host()
        + "/"
        + published.getYear()
        + "/"
        + String.format(
            java.util.Locale.ROOT,
            "%02d/%02d",
            published.getMonthValue(),
            published.getDayOfMonth())
        + "/"
        + id
        + ".html";
  }
}
