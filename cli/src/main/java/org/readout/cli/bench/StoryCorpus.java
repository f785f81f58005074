package org.readout.cli.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.readout.cli.bench.ArticleComposer.Composed;
import org.readout.cli.bench.Cast.Outlet;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

/**
 * Synthetic stories for story grouping and deduplication: each story is one happening (a call, a
 * visit, a signing...) reported by {@code articlesPerStory} articles from different outlets in
 * different styles, published 0 to 2 days after it. With distractors, each story also brings one or
 * two articles about the same sides doing the same kind of thing a week later ({@link
 * StoryRole#LATER}, their own story), and one article published in the story's days that reports an
 * old summit of the same sides about a year earlier ({@link StoryRole#RETROSPECTIVE}, the old
 * summit's story).
 *
 * <p>Story {@code g} depends only on the seed and {@code g}; {@link #iterator()} yields story after
 * story (members, then distractors) and holds one story at a time. Story keys are {@code
 * story-SEED-G}, {@code story-SEED-G-later} and {@code story-SEED-G-old}; ids are {@code
 * story-SEED-G-J}. Shuffle the articles to test order independence.
 */
public final class StoryCorpus implements Iterable<SyntheticArticle> {
  private static final Family[] STORY_FAMILIES = {
    Family.CONSULT,
    Family.CONSULT,
    Family.CONSULT,
    Family.VISIT,
    Family.VISIT,
    Family.AGREE,
    Family.AGREE,
    Family.CRITICIZE,
    Family.THREATEN
  };

  private final long seed;
  private final int stories;
  private final int articlesPerStory;
  private final int targetTokens;
  private final LocalDate from;
  private final LocalDate to;
  private final boolean distractors;
  private final Casting casting;
  private final ArticleComposer composer;

  /** Stories with distractors, articles of about 600 tokens, in the default date range. */
  public StoryCorpus(long seed, int stories, int articlesPerStory) {
    this(
        seed,
        stories,
        articlesPerStory,
        SyntheticCorpus.DEFAULT_TARGET_TOKENS,
        SyntheticCorpus.DEFAULT_FROM,
        SyntheticCorpus.DEFAULT_TO,
        true);
  }

  /**
   * @param from first happening date, inclusive
   * @param to last happening date, inclusive (distractors may fall up to 9 days after)
   */
  public StoryCorpus(
      long seed,
      int stories,
      int articlesPerStory,
      int targetTokens,
      LocalDate from,
      LocalDate to,
      boolean distractors) {
    if (stories < 0 || articlesPerStory < 1 || targetTokens < 1 || to.isBefore(from)) {
      throw new IllegalArgumentException("bad story corpus settings");
    }
    this.seed = seed;
    this.stories = stories;
    this.articlesPerStory = articlesPerStory;
    this.targetTokens = targetTokens;
    this.from = from;
    this.to = to;
    this.distractors = distractors;
    Templates templates = Templates.bundled();
    this.casting = new Casting(Cast.bundled(), templates);
    // The old summit may be 400 days back; the later distractor's reports 9 days on.
    casting.checkCovers(from.minusDays(400), to.plusDays(9));
    this.composer = new ArticleComposer(templates);
  }

  public int stories() {
    return stories;
  }

  /** Story {@code g}: its members first, then its distractors. */
  public List<SyntheticArticle> story(int g) {
    if (g < 0 || g >= stories) {
      throw new IndexOutOfBoundsException(g);
    }
    SplittableRandom random = Seeds.of(seed, g);
    LocalDate day = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    LocalDate old = day.minusDays(330 + random.nextInt(70));
    Family family = STORY_FAMILIES[random.nextInt(STORY_FAMILIES.length)];
    // Officials in office from the old summit to the later distractor's reports.
    Happening main = casting.happening(random, family, day, old, day.plusDays(9));
    Happening later =
        new Happening(
            family, main.source(), main.target(), day.plusDays(7), main.city(), main.topic());
    Happening summit =
        new Happening(Family.CONSULT, main.source(), main.target(), old, main.city(), main.topic());
    List<Outlet> outlets = new ArrayList<>(casting.outlets());
    Collections.shuffle(outlets, new java.util.Random(random.nextLong()));
    String key = "story-" + seed + "-" + g;
    List<SyntheticArticle> out = new ArrayList<>();
    for (int j = 0; j < articlesPerStory; j++) {
      Outlet outlet = outlets.get(j % outlets.size());
      out.add(
          write(
              g,
              out.size(),
              key,
              StoryRole.MEMBER,
              main,
              "lead." + family.key(),
              outlet,
              main.date()));
    }
    if (distractors) {
      int laterCount = 1 + Seeds.of(seed, g, 1_000).nextInt(2);
      for (int j = 0; j < laterCount; j++) {
        Outlet outlet = outlets.get((articlesPerStory + j) % outlets.size());
        out.add(
            write(
                g,
                out.size(),
                key + "-later",
                StoryRole.LATER,
                later,
                "lead." + family.key(),
                outlet,
                later.date()));
      }
      Outlet outlet = outlets.get((articlesPerStory + laterCount) % outlets.size());
      out.add(
          write(
              g,
              out.size(),
              key + "-old",
              StoryRole.RETROSPECTIVE,
              summit,
              "lead.retro",
              outlet,
              day));
    }
    return out;
  }

  private SyntheticArticle write(
      int g,
      int j,
      String key,
      StoryRole role,
      Happening happening,
      String leadSection,
      Outlet outlet,
      LocalDate reportedAfter) {
    SplittableRandom random = Seeds.of(seed, g, j);
    LocalDate published = reportedAfter.plusDays(random.nextInt(3));
    List<Style> styles = List.copyOf(outlet.styles());
    Style style =
        role == StoryRole.RETROSPECTIVE
            ? (outlet.styles().contains(Style.ANALYSIS) ? Style.ANALYSIS : Style.WIRE)
            : styles.get(random.nextInt(styles.size()));
    // A digest is a rarer way to report one story than a full article: two times in three an
    // outlet that also writes full articles writes one.
    if (style == Style.BRIEF && styles.size() > 1 && random.nextInt(3) != 0) {
      List<Style> full = styles.stream().filter(x -> x != Style.BRIEF).toList();
      style = full.get(random.nextInt(full.size()));
    }
    Composed composed =
        composer.compose(
            happening,
            leadSection,
            style,
            outlet,
            published,
            targetTokens,
            random,
            r -> casting.background(r, published, happening));
    String id = "story-" + seed + "-" + g + "-" + j;
    Article article =
        new Article(
            id,
            composed.title(),
            composed.text(),
            published,
            DateSource.GIVEN,
            SyntheticCorpus.url(outlet, published, id),
            outlet.name());
    return new SyntheticArticle(
        article,
        key,
        role,
        happening.family(),
        style,
        outlet.name(),
        happening.date(),
        happening.source().country(),
        happening.target().country());
  }

  /** Story after story, generated as consumed. */
  @Override
  public Iterator<SyntheticArticle> iterator() {
    return new Iterator<>() {
      private int story;
      private Iterator<SyntheticArticle> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && story < stories) {
          current = story(story++).iterator();
        }
        return current.hasNext();
      }

      @Override
      public SyntheticArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  public Stream<SyntheticArticle> stream() {
    return IntStream.range(0, stories).boxed().flatMap(g -> story(g).stream());
  }
}
