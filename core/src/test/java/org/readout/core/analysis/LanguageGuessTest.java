package org.readout.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  @Test
  void englishNewsIsEnglishWhateverItsNames() {
    LanguageGuess g =
        LanguageGuess.of(
            "Foreign Minister Cho Tae-yul met his Japanese counterpart in Seoul on the 17th, and"
                + " the two agreed to resume talks that were suspended last year, the ministry"
                + " said in a statement.");
    assertThat(g.english()).isTrue();
    assertThat(g.language()).isEqualTo("en");
  }

  @Test
  void cjkArabicCyrillicAndEmojiAreNotEnglish() {
    assertThat(LanguageGuess.of("習近平国家主席は21日、プーチン大統領とビデオ会談を行った。"))
        .satisfies(g -> assertThat(g.language()).isEqualTo("ja"))
        .satisfies(g -> assertThat(g.english()).isFalse())
        .satisfies(g -> assertThat(g.reason()).contains("Han or kana"));
    assertThat(LanguageGuess.of("国家主席习近平同俄罗斯总统普京举行视频会晤。").language()).isEqualTo("zh");
    assertThat(LanguageGuess.of("윤 대통령은 17일 기자회견을 열었다.").language()).isEqualTo("ko");
    assertThat(LanguageGuess.of("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل").language())
        .isEqualTo("und-Arab");
    assertThat(LanguageGuess.of("Министр заявил, что переговоры продолжатся").language())
        .isEqualTo("und-Cyrl");
    LanguageGuess emoji = LanguageGuess.of("😀😀🎉🎉 🔥🔥🔥 “” ‘’ !!! 😀");
    assertThat(emoji.english()).isFalse();
    assertThat(emoji.reason()).isEqualTo("no letters at all");
  }

  @Test
  void otherLatinLanguagesAreNamed() {
    LanguageGuess fr =
        LanguageGuess.of(
            "Le ministre des affaires étrangères a rencontré son homologue dans la capitale et"
                + " les deux pays ont signé une déclaration commune pour la paix dans la région.");
    assertThat(fr.english()).isFalse();
    assertThat(fr.language()).isEqualTo("fr");
    assertThat(fr.reason()).contains("French");
    LanguageGuess es =
        LanguageGuess.of(
            "El presidente del gobierno se reunió con los líderes de la oposición para discutir"
                + " el presupuesto y las medidas que se tomarán en el próximo año.");
    assertThat(es.language()).isEqualTo("es");
  }

  @Test
  void aShortHeadlineIsGivenTheBenefitOfTheDoubt() {
    assertThat(LanguageGuess.of("Kishida, Yoon agree to resume shuttle diplomacy").english())
        .isTrue();
  }

  @Test
  void textWithoutLetterCaseIsToldApart() {
    String caps =
        "PRESIDENT RUTO MET THE JAPANESE PRIME MINISTER IN NAIROBI ON MONDAY TO DISCUSS TRADE.";
    assertThat(LanguageGuess.caseless(caps)).isTrue();
    assertThat(LanguageGuess.caseless(caps.toLowerCase(java.util.Locale.ROOT))).isTrue();
    assertThat(
            LanguageGuess.caseless(
                "President Ruto met the Japanese prime minister in Nairobi on Monday."))
        .isFalse();
    assertThat(LanguageGuess.of(caps).english()).isTrue();
  }

  @Test
  void theGuessReadsTheFirstPagesOnly() {
    String english = "The minister said on Monday that the talks with the rebels would go on. ";
    String chinese = "国家主席习近平同俄罗斯总统普京举行视频会晤。";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < LanguageGuess.SAMPLE_CHARS) {
      sb.append(english);
    }
    String head = sb.toString();
    sb.setLength(0);
    while (sb.length() < 4 * LanguageGuess.SAMPLE_CHARS) {
      sb.append(chinese);
    }
    // Whatever follows the sample does not count; what is in it does.
    assertThat(LanguageGuess.of(head + sb).english()).isTrue();
    assertThat(LanguageGuess.of(sb + head).language()).isEqualTo("zh");
    // A sample that would end inside a surrogate pair ends before it.
    String emoji = "a".repeat(LanguageGuess.SAMPLE_CHARS - 1) + "\uD83D\uDE80" + chinese;
    assertThat(LanguageGuess.of(emoji).english()).isTrue();
  }
}
