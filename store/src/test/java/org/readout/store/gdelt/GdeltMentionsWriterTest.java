package org.readout.store.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Event;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;

/** GDELT 2.0 Mentions rows (issue 13): one per event mention, with our offsets and confidence. */
class GdeltMentionsWriterTest {
  private static final String TEXT =
      "Ilva Sorn visited Valdoria on Monday. He praised the Valdorian president.";
  private static final Instant ADDED = Instant.parse("2024-03-16T08:30:05Z");

  private static Mention at(String surface, MentionKind kind) {
    int s = TEXT.indexOf(surface);
    return new Mention(new Span(s, s + surface.length()), kind);
  }

  private static Span span(String surface) {
    int s = TEXT.indexOf(surface);
    return new Span(s, s + surface.length());
  }

  private static Event event(String source, String target, String code, Span span, double c) {
    return new Event(
        source, target, null, null, code, code.substring(0, 2), 1, 1.0, null, span, 1, c);
  }

  private static AnnotatedArticle doc(String url, String outlet) {
    Article a =
        new Article("doc-9", null, TEXT, LocalDate.of(2024, 3, 15), DateSource.GIVEN, url, outlet);
    Actor sorn =
        new Actor(
            "person/sorn",
            "Ilva Sorn",
            ActorKind.PERSON,
            "VALGOV",
            "VAL",
            null,
            null,
            List.of(at("Ilva Sorn", MentionKind.NAME), at("He", MentionKind.PRONOUN)),
            List.of());
    Actor valdoria =
        new Actor(
            "country/VAL",
            "Valdoria",
            ActorKind.COUNTRY,
            "VAL",
            "VAL",
            null,
            null,
            List.of(at("Valdoria", MentionKind.NAME)),
            List.of());
    Actor president =
        new Actor(
            "person/oda",
            "Mira Oda",
            ActorKind.PERSON,
            "VALGOV",
            "VAL",
            null,
            null,
            List.of(at("the Valdorian president", MentionKind.DESCRIPTION)),
            List.of());
    int second = TEXT.indexOf("He");
    return AnnotatedArticle.of(a)
        .withAnalysis(
            List.of(
                new Sentence(new Span(0, second - 1), 0, 0),
                new Sentence(new Span(second, TEXT.length()), 0, 0)),
            List.of(),
            List.of())
        .withActors(List.of(sorn, valdoria, president))
        .withEvents(
            List.of(
                event("person/sorn", "country/VAL", "042", span("Ilva Sorn visited Valdoria"), 0.9),
                event(
                    "person/sorn",
                    "person/oda",
                    "051",
                    span("He praised the Valdorian president"),
                    0.55)));
  }

  @Test
  void oneRowPerEventMentionWithOffsetsAndConfidence() {
    AnnotatedArticle d = doc("https://www.valdoria-news.example/a/9", null);
    GdeltMentionsWriter w = new GdeltMentionsWriter(ADDED);
    List<String> visit = w.row(d, d.events().get(0));
    assertThat(visit).hasSize(GdeltMentionsWriter.COLUMNS.size());
    assertThat(visit.get(0)).isEqualTo(Long.toString(GdeltWriter.eventId(d, d.events().get(0))));
    assertThat(visit.subList(1, 13))
        .containsExactly(
            "20240316083005", // EventTimeDate
            "20240316083005", // MentionTimeDate
            "1", // MentionType: web
            "valdoria-news.example",
            "https://www.valdoria-news.example/a/9",
            "1", // SentenceID
            "0", // Actor1CharOffset: "Ilva Sorn"
            "18", // Actor2CharOffset: "Valdoria"
            "10", // ActionCharOffset: "visited"
            "1", // InRawText: both actors named
            "90", // Confidence, percent
            Integer.toString(TEXT.length()));
    assertThat(visit.subList(13, 16)).containsExactly("", "", "");
    assertThat(visit.subList(16, 19)).containsExactly("0", "26", "doc-9");

    List<String> praise = w.row(d, d.events().get(1));
    assertThat(praise.get(6)).isEqualTo("2");
    assertThat(praise.get(7)).isEqualTo("38"); // "He"
    assertThat(praise.get(8)).isEqualTo("49"); // "the Valdorian president"
    assertThat(praise.get(9)).isEqualTo("41"); // "praised"
    assertThat(praise.get(10)).isEqualTo("0"); // found through a pronoun and a description
    assertThat(praise.get(11)).isEqualTo("55");
  }

  @Test
  void withoutAUrlTheIdIsACitationAndTheOutletNamesTheSource() throws Exception {
    AnnotatedArticle d = doc(null, "Valdoria Herald");
    StringWriter out = new StringWriter();
    new GdeltMentionsWriter(null).write(d, out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    String[] cols = lines[0].split("\t", -1);
    assertThat(cols).hasSize(GdeltMentionsWriter.COLUMNS.size());
    assertThat(cols[1]).isEmpty();
    assertThat(cols[3]).isEqualTo("2");
    assertThat(cols[4]).isEqualTo("Valdoria Herald");
    assertThat(cols[5]).isEqualTo("doc-9");
    assertThat(GdeltMentionsWriter.header().split("\t")).hasSize(19);
  }

  @Test
  void theEventIdJoinsTheEventsTable() {
    AnnotatedArticle d = doc("https://x.example/9", null);
    Event e = d.events().get(1);
    assertThat(new GdeltMentionsWriter(ADDED).row(d, e).get(0))
        .isEqualTo(new GdeltWriter(ADDED).row(d, e).get(0));
  }
}
