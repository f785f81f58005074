package org.readout.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

class SyntheticCorpusTest {
  private static byte[] jsonl(SyntheticCorpus corpus) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusJsonlWriter.write(corpus.iterator(), out, Long.MAX_VALUE);
    return out.toByteArray();
  }

  @Test
  void sameSeedGivesTheSameBytes() throws IOException {
    byte[] first = jsonl(new SyntheticCorpus(42, 60));
    byte[] second = jsonl(new SyntheticCorpus(42, 60));
    assertThat(first).isEqualTo(second);
    assertThat(first.length).isGreaterThan(60 * 2_000);
  }

  @Test
  void articleByIndexInOrderAndInParallelAgree() {
    SyntheticCorpus corpus = new SyntheticCorpus(9, 40);
    List<SyntheticArticle> inOrder = corpus.stream().toList();
    List<SyntheticArticle> parallel = corpus.stream().parallel().toList();
    assertThat(parallel).isEqualTo(inOrder);
    assertThat(corpus.article(17)).isEqualTo(inOrder.get(17));
    assertThat(corpus.article(17).article().id()).isEqualTo("synthetic-9-17");
  }

  @Test
  void differentSeedsGiveDifferentArticles() {
    List<Article> a = new SyntheticCorpus(1, 20).articles().toList();
    List<Article> b = new SyntheticCorpus(2, 20).articles().toList();
    Set<String> texts = a.stream().map(Article::text).collect(Collectors.toSet());
    assertThat(b).noneMatch(x -> texts.contains(x.text()));
  }

  @Test
  void varietyOfActorsFamiliesStylesOutletsAndSentences() {
    List<SyntheticArticle> articles = new SyntheticCorpus(5, 400).stream().toList();
    Set<String> countries = new HashSet<>();
    Set<Family> families = EnumSet.noneOf(Family.class);
    Set<Style> styles = EnumSet.noneOf(Style.class);
    Set<String> outlets = new HashSet<>();
    Set<String> leads = new HashSet<>();
    Set<String> titles = new HashSet<>();
    Set<String> paragraphs = new HashSet<>();
    long paragraphCount = 0;
    int nonBrief = 0;
    for (SyntheticArticle s : articles) {
      countries.add(s.sourceCountry());
      countries.add(s.targetCountry());
      families.add(s.family());
      styles.add(s.style());
      outlets.add(s.outlet());
      titles.add(s.article().title());
      String text = s.article().text();
      if (s.style() != Style.BRIEF) {
        // Briefs open with one of a few fixed lines; the others open with their news.
        leads.add(text.substring(0, text.indexOf("\n\n")));
        nonBrief++;
      }
      for (String p : text.split("\n\n", -1)) {
        paragraphs.add(p);
        paragraphCount++;
      }
    }
    assertThat(countries).hasSizeGreaterThan(25);
    assertThat(families).containsExactlyInAnyOrder(Family.values());
    assertThat(styles).containsExactlyInAnyOrder(Style.values());
    assertThat(outlets).hasSizeGreaterThanOrEqualTo(12);
    assertThat(leads).hasSizeGreaterThan(nonBrief * 95 / 100);
    assertThat(titles).hasSizeGreaterThan(300);
    // Most paragraphs are unique across the corpus: templates combine, they do not repeat whole.
    assertThat((double) paragraphs.size() / paragraphCount).isGreaterThan(0.6);
    assertThat(Templates.bundled().size()).isGreaterThan(250);
  }

  @Test
  void lengthIsWithinAQuarterOfTheTarget() {
    for (int target : new int[] {300, 600, 1200}) {
      new SyntheticCorpus(3, 150, target, SyntheticCorpus.DEFAULT_FROM, SyntheticCorpus.DEFAULT_TO)
          .stream()
              .forEach(
                  s ->
                      assertThat(SyntheticCorpus.approximateTokens(s.article().text()))
                          .as("%s at target %d", s.article().id(), target)
                          .isBetween((int) (target * 0.75), (int) (target * 1.25)));
    }
  }

  @Test
  void datesFallInTheRangeAndEventsPrecedeTheirReports() {
    LocalDate from = LocalDate.of(2025, 6, 1);
    LocalDate to = LocalDate.of(2025, 6, 30);
    new SyntheticCorpus(11, 200, 400, from, to)
        .stream()
            .forEach(
                s -> {
                  Article a = s.article();
                  assertThat(a.date()).isBetween(from, to);
                  assertThat(a.dateSource()).isEqualTo(DateSource.GIVEN);
                  assertThat(ChronoUnit.DAYS.between(s.eventDate(), a.date())).isBetween(0L, 3L);
                  assertThat(a.url()).startsWith("https://www.").endsWith(a.id() + ".html");
                  assertThat(a.title()).isNotBlank();
                  assertThat(s.storyKey()).isEqualTo(a.id());
                  assertThat(s.sourceCountry()).isNotEqualTo(s.targetCountry());
                });
  }

  @Test
  void textHasNoUnfilledSlotsAndQuotesAreBalanced() {
    new SyntheticCorpus(21, 300)
        .stream()
            .forEach(
                s -> {
                  String text = s.article().text();
                  assertThat(text).doesNotContain("{", "}", "  ", " ,", "..");
                  assertThat(text.chars().filter(c -> c == '"').count() % 2).isZero();
                  assertThat(s.article().title()).doesNotContain("{");
                });
  }

  @Test
  void aCorpusStreamsWithoutHoldingItsArticles() {
    // An endless corpus is a lazy iterator: taking 2,000 articles from it holds none of them.
    SyntheticCorpus endless = new SyntheticCorpus(8, Long.MAX_VALUE);
    long chars = endless.articles().limit(2_000).mapToLong(a -> a.text().length()).sum();
    assertThat(chars).isGreaterThan(2_000L * 2_500);
  }

  @Test
  void datesOutsideTheCastsTermsFailAtOnce() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SyntheticCorpus(1, 10, 600, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)))
        .withMessageContaining("cast");
  }
}
