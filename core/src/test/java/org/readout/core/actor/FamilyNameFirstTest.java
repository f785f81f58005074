package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.actor.ActorDictionary.Person;

class FamilyNameFirstTest {
  private static Person person(String name, String shortName, String country, String... aliases) {
    return new Person("x", name, shortName, List.of(aliases), null, country, List.of());
  }

  @Test
  void aJapaneseNameAndItsAliasesAreReversed() {
    assertThat(
            FamilyNameFirst.reordered(person("Yoko Kamikawa", "Kamikawa", "JPN", "Yōko Kamikawa")))
        .containsExactly("Kamikawa Yoko", "Kamikawa Yōko");
  }

  @Test
  void otherCountriesAndSingleNamesAreLeftAlone() {
    assertThat(FamilyNameFirst.reordered(person("Emmanuel Macron", "Macron", "FRA"))).isEmpty();
    assertThat(FamilyNameFirst.reordered(person("Naruhito", "Naruhito", "JPN"))).isEmpty();
  }

  @Test
  void theBundledDictionaryResolvesBothOrders() {
    List<Person> hayashi =
        ActorDictionaryLoader.loadBundled().people().stream()
            .filter(p -> p.id().equals("yoshimasa-hayashi"))
            .toList();
    assertThat(hayashi).isNotEmpty();
    assertThat(FamilyNameFirst.reordered(hayashi.get(0))).containsExactly("Hayashi Yoshimasa");
  }
}
