package org.readout.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.cli.bench.Cast.Nation;
import org.readout.cli.bench.Cast.Official;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionaryLoader;

/** The cast must speak the dictionary's language, or the corpus would test nothing. */
class CastTest {
  private static final ActorDictionary DICTIONARY = ActorDictionaryLoader.loadBundled();
  private static final Cast CAST = Cast.bundled();

  private static String bare(String name) {
    return name.startsWith("the ") ? name.substring(4) : name;
  }

  @Test
  void nationsResolveByNameDemonymAndCapital() {
    for (Nation n : CAST.nations()) {
      if (n.international()) {
        List<Organization> bodies =
            DICTIONARY.organizations().stream()
                .filter(o -> o.code().equals(n.code()))
                .filter(o -> o.aliases().contains(n.adjective()) || o.name().equals(n.adjective()))
                .toList();
        assertThat(bodies).as(n.code()).isNotEmpty();
        continue;
      }
      Country c = DICTIONARY.country(n.code());
      assertThat(c).as(n.code()).isNotNull();
      String name = bare(n.name());
      assertThat(c.name().equals(name) || c.aliases().contains(name)).as(name).isTrue();
      assertThat(c.demonyms()).as(n.code()).contains(n.adjective());
      assertThat(c.metonyms()).as(n.code()).contains(n.capital());
    }
  }

  @Test
  void officialsHoldTheirCodeOnEveryDayTheCorpusUsesThem() {
    for (Official o : CAST.officials()) {
      List<Person> people =
          DICTIONARY.people().stream()
              .filter(p -> p.name().equals(o.name()) || p.aliases().contains(o.name()))
              .toList();
      assertThat(people).as(o.name()).hasSize(1);
      Person p = people.get(0);
      assertThat(p.shortName()).as(o.name()).isEqualTo(o.shortName());
      for (var day = o.first(); !day.isAfter(o.last()); day = day.plusDays(7)) {
        assertThat(p.codeOn(day)).as(o.name() + " on " + day).isEqualTo(o.code());
      }
      assertThat(p.codeOn(o.last())).as(o.name()).isEqualTo(o.code());
    }
  }

  @Test
  void mostOutletsAreNewsOutletsOfTheDictionary() {
    long known =
        CAST.outlets().stream()
            .filter(
                out ->
                    DICTIONARY.organizations().stream()
                        .anyMatch(
                            o -> o.name().equals(out.name()) || o.aliases().contains(out.name())))
            .count();
    assertThat(known).isGreaterThanOrEqualTo(10);
    assertThat(CAST.outlets()).allSatisfy(o -> assertThat(o.host()).endsWith(".example"));
  }
}
