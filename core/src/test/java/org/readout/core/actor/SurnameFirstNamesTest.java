package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.actor.ActorSentences.actorOn;
import static org.readout.core.actor.ActorSentences.run;

import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;

/**
 * A later bare surname links to the earlier Chinese or Korean name it begins ("Park Jun-ho ... Park
 * said"), while a Western name still links by its last word ("Maria Lopez ... Lopez"). Issue 8:
 * translated Asian news. The sentences are written for this test.
 */
class SurnameFirstNamesTest {
  @Test
  void readsChineseAndKoreanNamesAsSurnameFirst() {
    assertThat(SurnameFirstNames.surnameOf("Park Jun-ho")).isEqualTo("Park");
    assertThat(SurnameFirstNames.surnameOf("Tsai Ing-wen")).isEqualTo("Tsai");
    assertThat(SurnameFirstNames.surnameOf("Li Qiang")).isEqualTo("Li");
    assertThat(SurnameFirstNames.surnameOf("Zhang Xiaoming")).isEqualTo("Zhang");
    assertThat(SurnameFirstNames.surnameOf("Kim Jong Un")).isEqualTo("Kim");
  }

  @Test
  void westernNamesAreNotSurnameFirst() {
    assertThat(SurnameFirstNames.surnameOf("Kim Kardashian")).isNull();
    assertThat(SurnameFirstNames.surnameOf("Lee Anderson")).isNull();
    assertThat(SurnameFirstNames.surnameOf("Maria Lopez")).isNull();
    assertThat(SurnameFirstNames.surnameOf("Park")).isNull();
    assertThat(SurnameFirstNames.surnameOf("Nguyen Van Thanh")).isNull();
  }

  @Test
  void aLaterKoreanSurnameIsTheFullNamesPerson() {
    String text =
        "Park Jun-ho, a lawmaker from Busan, spoke to reporters on Monday. Park said the bill"
            + " would pass.";
    AnnotatedArticle doc = run(text);
    Actor full = actorOn(doc, "Park Jun-ho");
    assertThat(full).isNotNull();
    int later = text.indexOf("Park said");
    assertThat(full.mentions().stream().anyMatch(m -> m.span().start() == later))
        .as("'Park' is Park Jun-ho, not a former president named Park: %s", doc.actors())
        .isTrue();
    assertThat(doc.actors().stream().filter(a -> a.kind().name().equals("PERSON")).count())
        .isEqualTo(1);
  }

  @Test
  void aLaterChineseSurnameIsTheFullNamesPersonNotTheFamousNamesake() {
    String text =
        "Li Wenbo, a factory owner in Wuxi, lost his licence on Friday. Li said he would appeal.";
    AnnotatedArticle doc = run(text);
    Actor full = actorOn(doc, "Li Wenbo");
    assertThat(full).isNotNull();
    int later = text.indexOf("Li said");
    assertThat(full.mentions().stream().anyMatch(m -> m.span().start() == later))
        .as("'Li' is Li Wenbo: %s", doc.actors())
        .isTrue();
    assertThat(doc.actor("person/li-qiang")).isNull();
  }

  @Test
  void aWesternSurnameStillLinksByTheLastWord() {
    String text =
        "Maria Lopez, a nurse in Madrid, joined the strike. Lopez said wages had not risen."
            + " Kim Kardashian posted a photo. Kardashian later deleted it.";
    AnnotatedArticle doc = run(text);
    Actor lopez = actorOn(doc, "Maria Lopez");
    assertThat(lopez).isNotNull();
    int later = text.indexOf("Lopez said");
    assertThat(lopez.mentions().stream().anyMatch(m -> m.span().start() == later)).isTrue();
    Actor kim = actorOn(doc, "Kim Kardashian");
    assertThat(kim).isNotNull();
    int kardashian = text.indexOf("Kardashian later");
    assertThat(kim.mentions().stream().anyMatch(m -> m.span().start() == kardashian)).isTrue();
  }
}
