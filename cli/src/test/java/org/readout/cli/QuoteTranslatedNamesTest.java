package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;

/**
 * Surname-and-title names of translated East Asian news after the full name was given, surname
 * first ("Park Jun-ho" then "Minister Park"), and titles, laws and slogans in quote marks that are
 * not statements (issue 9), on an article written for this test and run through the standard
 * CoreNLP pipeline.
 */
class QuoteTranslatedNamesTest {
  private static final String TEXT =
      String.join(
          "\n\n",
          "Seoul and Beijing ease export rules",
          "SEOUL, May 4 -- Trade Minister Park Jun-ho said on Monday that export rules would be"
              + " eased for small firms.",
          "\"We will not wait for the autumn,\" Minister Park told reporters after a cabinet"
              + " meeting.",
          "In Beijing, Li Wei, director of the provincial water bureau, inspected the new dam on"
              + " Sunday.",
          "\"The reservoir is safe for the summer,\" Director Li said.",
          "Kim Sung-min, chairman of the Busan Port Corporation, was more cautious. \"Shipping"
              + " volumes are still falling,\" Chairman Kim said.",
          "The plan borrows from \"The Open Harbor,\" a 2019 report by the ministry, and from the"
              + " \"Clean Rivers Act\" passed last year.",
          "Protesters outside carried banners reading \"No More Dams Here\" and placards \"Water"
              + " for All.\"");

  private static final ExtractedText ARTICLE = new ExtractedText("translated", TEXT);

  @Test
  void titledSurnamesAreThePeopleNamedInFullBefore() {
    Quote park = ARTICLE.quoteAt("We will not wait for the autumn,");
    assertThat(park.span().start()).isEqualTo(147);
    assertThat(ARTICLE.speaker(park)).isEqualTo("Park Jun-ho");
    assertThat(park.speakerMention().of(TEXT)).isEqualTo("Park");
    Quote li = ARTICLE.quoteAt("The reservoir is safe for the summer,");
    assertThat(li.span().start()).isEqualTo(332);
    assertThat(ARTICLE.speaker(li)).isEqualTo("Li Wei");
    Quote kim = ARTICLE.quoteAt("Shipping volumes are still falling,");
    assertThat(kim.span().start()).isEqualTo(464);
    assertThat(ARTICLE.speaker(kim)).isEqualTo("Kim Sung-min");
  }

  @Test
  void titlesLawsAndSlogansAreNotQuotes() {
    for (String words : List.of("The Open Harbor", "Clean Rivers Act", "No More Dams", "Water")) {
      int start = TEXT.indexOf(words);
      assertThat(ARTICLE.doc().quotes()).as(words).noneMatch(q -> q.span().start() == start);
    }
    assertThat(ARTICLE.doc().quotes()).hasSize(4);
  }
}
