package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readout.core.actor.ActorDictionary.Group;
import org.readout.core.actor.ActorDictionary.Role;

/**
 * {@code groups.tsv}: its format and validation on small inline files, and facts of the bundled
 * table that the actor stage relies on (issue 8, "No actor code, so no event").
 */
class GroupDictionaryTest {
  private static ActorDictionary load(String groups) throws IOException {
    Map<String, Reader> files = new HashMap<>();
    files.put(
        ActorDictionaryLoader.COUNTRIES, new StringReader(ActorDictionaryLoaderTest.COUNTRIES));
    files.put(ActorDictionaryLoader.ROLES, new StringReader(ActorDictionaryLoaderTest.ROLES));
    files.put(ActorDictionaryLoader.PEOPLE, new StringReader(ActorDictionaryLoaderTest.PEOPLE));
    files.put(
        ActorDictionaryLoader.ORGANIZATIONS,
        new StringReader(ActorDictionaryLoaderTest.ORGANIZATIONS));
    if (groups != null) {
      files.put(ActorDictionaryLoader.GROUPS, new StringReader(groups));
    }
    return ActorDictionaryLoader.load(files);
  }

  private static final String HEADER = "# groups\nid\tnouns\tadjectives\tcountries\ttag\tkind\n";

  private static void assertFails(String line, String message) {
    assertThatThrownBy(() -> load(HEADER + line + "\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("groups.tsv:3: " + message);
  }

  @Test
  void readsGroupsWithHomesAndTags() throws IOException {
    ActorDictionary d =
        load(
            HEADER
                + "sami\tSami|Samis\tSami|Saami\tNOR\tSMI\tethnic\n"
                + "quakers\tQuaker|Quakers\tQuaker\t\tQUA\treligious\n");
    Group sami = d.groups().get(0);
    assertThat(sami.nouns()).containsExactly("Sami", "Samis");
    assertThat(sami.adjectives()).containsExactly("Sami", "Saami");
    assertThat(sami.countries()).containsExactly("NOR");
    assertThat(sami.tag()).isEqualTo("SMI");
    assertThat(sami.religious()).isFalse();
    assertThat(d.groups().get(1).countries()).isEmpty();
    assertThat(d.groups().get(1).religious()).isTrue();
  }

  @Test
  void theGroupsFileIsOptionalOutsideTheBundle() throws IOException {
    assertThat(load(null).groups()).isEmpty();
  }

  @Test
  void rejectsBadLines() {
    assertFails("sami\tSami\t\tSWE\tSMI\tethnic", "unknown country code SWE");
    assertFails("sami\t\tSami\tNOR\tSMI\tethnic", "group sami has no nouns");
    assertFails("sami\tSami\t\tNOR\tMIL\tethnic", "bad tag 'MIL'");
    assertFails("sami\tSami\t\tNOR\tSMIX\tethnic", "bad code 'SMIX'");
    assertFails("sami\tSami\t\tNOR\tSMI\tnation", "bad kind 'nation'");
  }

  @Test
  void rejectsAWordNamingTwoGroups() {
    assertThatThrownBy(
            () ->
                load(
                    HEADER
                        + "sami\tSami\t\tNOR\tSMI\tethnic\n"
                        + "saami\tSaami\tSami\tNOR\tSAA\tethnic\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("groups.tsv:4: word 'Sami' already names group sami");
  }

  @Test
  void bundledGroupsHaveHomesWhereTheyAreAPeople() {
    ActorDictionary d = ActorDictionaryLoader.loadBundled();
    Map<String, Group> byId = new HashMap<>();
    d.groups().forEach(g -> byId.put(g.id(), g));
    assertThat(byId.get("kurds").countries()).startsWith("TUR").contains("IRQ", "SYR", "IRN");
    assertThat(byId.get("tamils").countries()).startsWith("LKA");
    assertThat(byId.get("rohingya").countries()).startsWith("MMR");
    assertThat(byId.get("uighurs").countries()).containsExactly("CHN");
    assertThat(byId.get("hutu").tag()).isEqualTo("HUT");
    assertThat(byId.get("shiites").religious()).isTrue();
    assertThat(byId.get("christians").countries()).isEmpty();
    for (Group g : d.groups()) {
      assertThat(g.religious() || !g.countries().isEmpty())
          .as("the people %s has a home country", g.id())
          .isTrue();
    }
  }

  @Test
  void bundledGroupWordsAreNoCountryWordsOrRolePhrases() {
    ActorDictionary d = ActorDictionaryLoader.loadBundled();
    Set<String> countryWords = new HashSet<>();
    d.countries()
        .forEach(
            c -> {
              countryWords.add(c.name());
              countryWords.addAll(c.aliases());
              countryWords.addAll(c.demonyms());
            });
    Set<String> rolePhrases = new HashSet<>();
    for (Role r : d.roles()) {
      rolePhrases.addAll(r.phrases());
    }
    for (Group g : d.groups()) {
      for (String w : g.nouns()) {
        assertThat(countryWords).as("group word %s", w).doesNotContain(w);
        assertThat(rolePhrases).as("group word %s", w).doesNotContain(w.toLowerCase());
      }
      for (String w : g.adjectives()) {
        assertThat(countryWords).as("group word %s", w).doesNotContain(w);
      }
    }
  }

  @Test
  void bundledSurnameListHoldsTheCommonChineseAndKoreanSurnames() {
    assertThat(SurnameFirstNames.surnames())
        .contains("Wang", "Li", "Zhang", "Liu", "Chen", "Kim", "Lee", "Park", "Choi", "Tsai")
        .doesNotContain("Nguyen", "Tran"); // Vietnamese names are referred to by the last word
  }
}
