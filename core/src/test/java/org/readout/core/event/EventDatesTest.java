package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.world;

import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * How events get their dates (issue 8, session 11): the time expression of their own sentence, else
 * the last one earlier in the paragraph, else the document date (2024-03-15 in the fixtures).
 * Sentences written for these tests about invented countries.
 */
class EventDatesTest {
  private static String dateOf(AnnotatedArticle doc, String code) {
    return doc.events().stream()
        .filter(e -> e.code().equals(code))
        .map(Event::date)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTimeOfDayOnAKnownDayDatesTheEvent() {
    String text =
        "Valdoria and Kestria held talks.\n\nOn Monday night, Valdoria imposed sanctions on Morvath.";
    AnnotatedArticle doc = world(text).timeOfDay("Monday night", "2024-03-11TNI").coded();
    assertThat(dateOf(doc, "163")).isEqualTo("2024-03-11");
    assertThat(dateOf(doc, "040")).isEqualTo("2024-03-15"); // no date of its own: the document's
  }

  @Test
  void aLaterSentenceOfTheParagraphTakesTheLastEarlierDate() {
    String text =
        "Valdoria shelled Kestria on Tuesday morning. Morvath condemned Valdoria.\n\n"
            + "Kestria expelled Morvath's ambassador.";
    AnnotatedArticle doc = world(text).timeOfDay("Tuesday morning", "2024-03-12TMO").coded();
    assertThat(dateOf(doc, "111")).isEqualTo("2024-03-12");
    // A new paragraph does not inherit the last one's date.
    assertThat(doc.events())
        .filteredOn(e -> e.source().equals("country/KES"))
        .allSatisfy(e -> assertThat(e.date()).isEqualTo("2024-03-15"));
  }

  @Test
  void aTimeOfDayAfterTheDocumentDateIsAPlanNotADate() {
    String text = "Valdoria imposed sanctions on Kestria before Sunday night.";
    AnnotatedArticle doc = world(text).timeOfDay("Sunday night", "2024-03-17TNI").coded();
    assertThat(dateOf(doc, "163")).isEqualTo("2024-03-15");
  }
}
