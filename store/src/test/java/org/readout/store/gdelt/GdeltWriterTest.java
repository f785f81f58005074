package org.readout.store.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.readout.core.model.Paragraph;
import org.readout.core.model.Place;
import org.readout.core.model.Span;

/**
 * GDELT 2.0 Event rows (issue 5): column order, code conventions and our trailing evidence columns.
 */
class GdeltWriterTest {
  private static final String TEXT =
      "Ilva Sorn visited Valdoria.\n\nThe United Nations praised Valdoria.";
  private static final GdeltWriter WRITER = new GdeltWriter(Instant.parse("2024-03-16T08:30:05Z"));

  private static Actor actor(
      String id, String name, ActorKind kind, String code, String country, String surface) {
    int at = TEXT.indexOf(surface);
    return new Actor(
        id,
        name,
        kind,
        code,
        country,
        null,
        null,
        List.of(new Mention(new Span(at, at + surface.length()), MentionKind.NAME)),
        List.of());
  }

  private static AnnotatedArticle doc() {
    Article a =
        new Article(
            "doc-7",
            null,
            TEXT,
            LocalDate.of(2024, 3, 15),
            DateSource.GIVEN,
            "https://example.org/7");
    int visit = TEXT.indexOf("Ilva");
    int praise = TEXT.indexOf("The United");
    return AnnotatedArticle.of(a)
        .withParagraphs(
            List.of(new Paragraph(new Span(0, 27)), new Paragraph(new Span(29, TEXT.length()))))
        .withActors(
            List.of(
                actor("person/sorn", "Ilva Sorn", ActorKind.PERSON, "KESGOV", "KES", "Ilva Sorn"),
                actor("country/VAL", "Valdoria", ActorKind.COUNTRY, "VAL", "VAL", "Valdoria"),
                actor(
                    "org/un",
                    "United Nations",
                    ActorKind.ORGANIZATION,
                    "IGOUNO",
                    null,
                    "United Nations")))
        .withEvents(
            List.of(
                new Event(
                    "person/sorn",
                    "country/VAL",
                    "KESGOV",
                    "VAL",
                    "042",
                    "04",
                    1,
                    1.9,
                    "2024-03-14",
                    new Span(visit, visit + 26),
                    2,
                    0.9,
                    new Place(
                        new Span(visit, visit + 5),
                        Place.Kind.CITY,
                        "Mariupol",
                        "Mariupol, Donetsk Oblast, Ukraine",
                        "UKR",
                        "UA05",
                        47.09514,
                        37.54131,
                        "701822")),
                new Event(
                    "org/un",
                    null,
                    "IGOUNO",
                    null,
                    "0311",
                    "03",
                    1,
                    5.2,
                    null,
                    new Span(praise, praise + 35),
                    1,
                    0.8,
                    null)));
  }

  @Test
  void writesSixtyOneGdeltColumnsThenEvidence() throws Exception {
    StringBuilder out = new StringBuilder();
    WRITER.write(doc(), out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    String[] c = lines[0].split("\t", -1);
    assertThat(c).hasSize(GdeltWriter.COLUMNS.size()).hasSize(GdeltWriter.GDELT_COLUMNS + 3);
    assertThat(c[1]).isEqualTo("20240314");
    assertThat(c[2]).isEqualTo("202403");
    assertThat(c[3]).isEqualTo("2024");
    assertThat(c[4]).isEqualTo("2024.2027");
    assertThat(List.of(c).subList(5, 9)).containsExactly("KESGOV", "ILVA SORN", "KES", "");
    assertThat(c[12]).isEqualTo("GOV");
    assertThat(List.of(c).subList(15, 18)).containsExactly("VAL", "VALDORIA", "VAL");
    assertThat(c[22]).isEmpty();
    assertThat(List.of(c).subList(25, 35))
        .containsExactly("1", "042", "042", "04", "1", "1.9", "2", "1", "1", "");
    assertThat(List.of(c).subList(35, 51)).containsOnly("");
    assertThat(List.of(c).subList(51, 59))
        .containsExactly(
            "4",
            "Mariupol, Donetsk Oblast, Ukraine",
            "UA",
            "UA05",
            "",
            "47.0951",
            "37.5413",
            "701822");
    assertThat(c[59]).isEqualTo("20240316083005");
    assertThat(c[60]).isEqualTo("https://example.org/7");
    assertThat(List.of(c).subList(61, 64))
        .containsExactly(String.valueOf(TEXT.indexOf("Ilva")), "26", "doc-7");
  }

  @Test
  void splitsOrganizationCodesAndFallsBackToTheDocumentDate() {
    AnnotatedArticle d = doc();
    List<String> r = WRITER.row(d, d.events().get(1));
    assertThat(r.get(1)).isEqualTo("20240315");
    assertThat(List.of(r.get(5), r.get(7), r.get(8), r.get(12)))
        .containsExactly("IGOUNO", "", "UNO", "IGO");
    assertThat(r.subList(15, 25)).containsOnly("");
    assertThat(r.get(25)).as("second paragraph is not the root").isEqualTo("0");
    assertThat(r.subList(26, 29)).containsExactly("0311", "031", "03");
  }

  @Test
  void eventIdsAreStablePositiveAndDistinct() {
    AnnotatedArticle d = doc();
    long a = GdeltWriter.eventId(d, d.events().get(0));
    assertThat(a).isPositive().isEqualTo(GdeltWriter.eventId(doc(), doc().events().get(0)));
    assertThat(GdeltWriter.eventId(d, d.events().get(1))).isNotEqualTo(a);
  }
}
