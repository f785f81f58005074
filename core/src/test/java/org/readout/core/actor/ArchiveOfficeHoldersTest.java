package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Mention;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;
import org.readout.core.testing.SimplePipeline;

/**
 * Older news (issue 8): a story of 2008 names that year's office holders, and a short name two
 * people bore is read by the document's date. The story is written for this test.
 */
class ArchiveOfficeHoldersTest {
  private static final Pipeline PIPELINE =
      Pipeline.of(
          new ParagraphSplitter(),
          new LinguisticAnalysis(new SimpleAnalyzer()),
          new ActorResolver(SimplePipeline.dictionary(), Gazetteer.loadBundled()));

  private static final String STORY_2008 =
      "TOKYO, July 8 - President George W. Bush and Prime Minister Gordon Brown urged Russian"
          + " President Dmitry Medvedev on Tuesday to back new sanctions on Iran. Chinese President"
          + " Hu Jintao is expected at the summit on Wednesday. Secretary of State Condoleezza Rice"
          + " said Washington would keep talking to Moscow. Bush later met Prime Minister Yasuo"
          + " Fukuda. Former President Clinton was not invited.";

  private static AnnotatedArticle run(String text, @Nullable LocalDate date) {
    AnnotatedArticle doc =
        PIPELINE.apply(
            new Article(
                "t", null, text, date, date == null ? DateSource.NONE : DateSource.GIVEN, null));
    AnnotationAssert.assertWellFormed(doc);
    return doc;
  }

  /** The actor with a mention starting at the first occurrence of {@code phrase}, or null. */
  private static @Nullable Actor actorAt(AnnotatedArticle doc, String phrase) {
    int start = doc.text().indexOf(phrase);
    assertThat(start).as("phrase %s", phrase).isNotNegative();
    for (Actor a : doc.actors()) {
      for (Mention m : a.mentions()) {
        if (m.span().start() == start) {
          return a;
        }
      }
    }
    return null;
  }

  @Test
  void aStoryOf2008NamesThatYearsOfficeHolders() {
    AnnotatedArticle doc = run(STORY_2008, LocalDate.of(2008, 7, 8));
    Actor bush = actorAt(doc, "George W. Bush");
    assertThat(bush).isNotNull();
    assertThat(bush.id()).isEqualTo("person/george-w-bush");
    assertThat(bush.code()).isEqualTo("USAGOV");
    assertThat(bush.role()).isEqualTo("president");
    int later = STORY_2008.indexOf("Bush later");
    assertThat(bush.mentions())
        .anyMatch(m -> m.span().equals(new org.readout.core.model.Span(later, later + 4)));
    assertThat(actorAt(doc, "Gordon Brown").code()).isEqualTo("GBRGOV");
    Actor medvedev = actorAt(doc, "Dmitry Medvedev");
    assertThat(medvedev.code()).isEqualTo("RUSGOV");
    assertThat(medvedev.role()).isEqualTo("president");
    assertThat(actorAt(doc, "Hu Jintao").code()).isEqualTo("CHNGOV");
    Actor rice = actorAt(doc, "Condoleezza Rice");
    assertThat(rice.code()).isEqualTo("USAGOV");
    assertThat(rice.role()).isEqualTo("foreign minister");
    assertThat(actorAt(doc, "Yasuo Fukuda").role()).isEqualTo("prime minister");
    // Two Clintons are in the dictionary and neither held office in July 2008: no guess.
    Actor clinton = actorAt(doc, "Clinton");
    assertThat(
            clinton == null
                || !clinton.id().startsWith("person/")
                || clinton.id().startsWith("person/~"))
        .isTrue();
  }

  @Test
  void anUndatedShortNameOfOneCountrysBearersStillNamesThatCountry() {
    String text = "President Bush threatened further action against Russia.";
    AnnotatedArticle doc = run(text, null);
    Actor bush = actorAt(doc, "Bush");
    assertThat(bush).isNotNull();
    assertThat(bush.country()).isEqualTo("USA");
    assertThat(bush.code()).isEqualTo("USAGOV");
  }

  @Test
  void theSameShortNameInAnEarlierYearIsTheEarlierBearer() {
    AnnotatedArticle doc =
        run(
            "President Bush spoke to Prime Minister John Major by telephone.",
            LocalDate.of(1991, 3, 2));
    assertThat(actorAt(doc, "Bush").id()).isEqualTo("person/george-h-w-bush");
    assertThat(actorAt(doc, "John Major").code()).isEqualTo("GBRGOV");
  }
}
