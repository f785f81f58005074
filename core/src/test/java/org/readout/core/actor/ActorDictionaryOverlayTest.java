package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.actor.ActorDictionary.Person;

/** A user's own dictionary files on top of the bundled one ({@code readout --actors FILE}). */
class ActorDictionaryOverlayTest {
  static final String PEOPLE_HEADER =
      "id\tname\tshort\taliases\tgender\tcountry\trole\tcode\tstart\tend\n";

  static Person person(ActorDictionary d, String id) {
    return d.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void addsNewPeopleAndOrganizationsAndMoreAliasesForAKnownPerson(@TempDir Path dir)
      throws Exception {
    Path people = dir.resolve("my-people.tsv");
    Files.writeString(
        people,
        "# a newsroom's own additions\n"
            + PEOPLE_HEADER
            + "ines-kowal\tInes Kowal\tKowal\t\tf\tPOL\tforeign minister\tPOLGOV\t2031-02-01\t\n"
            + "donald-trump\tDonald Trump\tTrump\tThe Donald\tm\tUSA\tpresident\tUSAGOV"
            + "\t2025-01-20\t\n");
    Path orgs = dir.resolve("orgs.tsv");
    Files.writeString(
        orgs,
        "id\tname\taliases\tkind\tcode\tcountry\n"
            + "baltic-ports\tBaltic Ports Council\tBPC\torganization\tIGO\t\n");
    ActorDictionary bundled = ActorDictionaryLoader.loadBundled();
    ActorDictionary d = ActorDictionaryLoader.loadBundledWith(List.of(people, orgs));

    assertThat(d.people()).hasSize(bundled.people().size() + 1);
    Person kowal = person(d, "ines-kowal");
    assertThat(kowal.terms())
        .singleElement()
        .satisfies(t -> assertThat(t.code()).isEqualTo("POLGOV"));
    Person trump = person(d, "donald-trump");
    assertThat(trump.aliases())
        .contains("The Donald")
        .containsAll(person(bundled, "donald-trump").aliases());
    assertThat(trump.terms()).hasSize(person(bundled, "donald-trump").terms().size() + 1);
    assertThat(d.organizations()).hasSize(bundled.organizations().size() + 1);
  }

  @Test
  void addsGroupsAndRefusesAWordABundledGroupOwns(@TempDir Path dir) throws Exception {
    Path groups = dir.resolve("my-groups.tsv");
    String header = "id\tnouns\tadjectives\tcountries\ttag\tkind\n";
    Files.writeString(groups, header + "sami\tSami|Samis\tSami\tNOR|SWE|FIN\tSMI\tethnic\n");
    ActorDictionary bundled = ActorDictionaryLoader.loadBundled();
    ActorDictionary d = ActorDictionaryLoader.loadBundledWith(List.of(groups));
    assertThat(d.groups()).hasSize(bundled.groups().size() + 1);
    assertThat(d.groups().get(d.groups().size() - 1).countries())
        .containsExactly("NOR", "SWE", "FIN");

    Path clash = dir.resolve("clash.tsv");
    Files.writeString(clash, header + "kurmanji\tKurds\t\tTUR\tKMR\tethnic\n");
    assertThatThrownBy(() -> ActorDictionaryLoader.loadBundledWith(List.of(clash)))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("clash.tsv:2: word 'Kurds' already names group kurds");
  }

  @Test
  void aBadLineIsRefusedWithItsFileAndLine(@TempDir Path dir) throws Exception {
    Path people = dir.resolve("bad.tsv");
    Files.writeString(
        people, PEOPLE_HEADER + "x-y\tX Y\tY\t\tm\tXXQ\tpresident\tXXQGOV\t2030-01-01\t\n");
    assertThatThrownBy(() -> ActorDictionaryLoader.loadBundledWith(List.of(people)))
        .isInstanceOf(DictionaryException.class)
        .hasMessage(people + ":2: unknown country code XXQ (not in countries.tsv)");
  }

  @Test
  void aFileOfNoKnownKindSaysWhichHeadersAreExpected(@TempDir Path dir) throws Exception {
    Path odd = dir.resolve("odd.tsv");
    Files.writeString(odd, "\n# comment\nname\tcountry\nAna\tESP\n");
    assertThatThrownBy(() -> ActorDictionaryLoader.loadBundledWith(List.of(odd)))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith(odd + ":3: header is 'name\\tcountry'")
        .hasMessageContaining("people.tsv");
  }
}
