package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.model.ActorKind;

/** Format and validation of the dictionary files, on small inline files (issue 2). */
class ActorDictionaryLoaderTest {
  // Line numbers in the tests below count these lines: a comment, then the header on line 2.
  static final String COUNTRIES =
      """
      # countries
      code\tname\taliases\tdemonyms\tmetonyms
      FRA\tFrance\tFrench Republic\tFrench\tParis|Elysee
      NOR\tNorway\t\tNorwegian|Norwegians\tOslo
      """;
  static final String ROLES =
      """
      # roles
      phrases\trole\tcode\tkind\tleader
      president|presidents\tpresident\tGOV\tperson\tyes
      foreign minister|foreign ministers\tforeign minister\tGOV\tperson\tno
      troops\tsoldiers\tMIL\tgroup\tno
      """;
  static final String PEOPLE =
      """
      # people
      id\tname\tshort\taliases\tgender\tcountry\trole\tcode\tstart\tend
      ann-roe\tAnn Roe\tRoe\tAnne Roe\tf\tFRA\tpresident\tFRAGOV\t2020-05-01\t

      ben-dal\tBen Dal\tDal\t\tm\tNOR\tforeign minister\tNORGOV\t2019-01-01\t2021-02-03
      ben-dal\tBen Dal\tDal\t\tm\tNOR\tpresident\tNORGOV\t2015-01-01\t2018-12-31
      """;
  static final String ORGANIZATIONS =
      """
      # organizations
      id\tname\taliases\tkind\tcode\tcountry
      nordwire\tNordwire\tNW|Nord Wire\tagency\tNORMED\tNOR
      league\tLeague of Towns\t\torganization\t\t
      """;

  static ActorDictionary load(String countries, String roles, String people, String organizations)
      throws IOException {
    Map<String, Reader> files =
        Map.of(
            ActorDictionaryLoader.COUNTRIES, new StringReader(countries),
            ActorDictionaryLoader.ROLES, new StringReader(roles),
            ActorDictionaryLoader.PEOPLE, new StringReader(people),
            ActorDictionaryLoader.ORGANIZATIONS, new StringReader(organizations));
    return ActorDictionaryLoader.load(files);
  }

  static void assertFails(
      String countries, String roles, String people, String orgs, String messageStart) {
    assertThatThrownBy(() -> load(countries, roles, people, orgs))
        .isInstanceOf(DictionaryException.class)
        .message()
        .startsWith(messageStart);
  }

  @Test
  void readsAllFourFiles() throws IOException {
    ActorDictionary d = load(COUNTRIES, ROLES, PEOPLE, ORGANIZATIONS);

    assertThat(d.countries()).hasSize(2);
    assertThat(d.country("FRA").aliases()).containsExactly("French Republic");
    assertThat(d.country("FRA").metonyms()).containsExactly("Paris", "Elysee");
    assertThat(d.country("NOR").aliases()).isEmpty();
    assertThat(d.country("NOR").demonyms()).containsExactly("Norwegian", "Norwegians");

    Role president = d.roles().get(0);
    assertThat(president.phrases()).containsExactly("president", "presidents");
    assertThat(president.leader()).isTrue();
    assertThat(d.roles().get(2).kind()).isEqualTo(ActorKind.GROUP);
    assertThat(d.roles().get(2).code()).isEqualTo("MIL");

    assertThat(d.people()).extracting(Person::id).containsExactly("ann-roe", "ben-dal");
    Person ben = d.people().get(1);
    assertThat(ben.gender()).isEqualTo("m");
    assertThat(ben.terms())
        .extracting(t -> t.role())
        .containsExactly("president", "foreign minister");
    assertThat(ben.codeOn(LocalDate.of(2020, 1, 1))).isEqualTo("NORGOV");
    assertThat(ben.codeOn(LocalDate.of(2022, 1, 1))).isEqualTo("NOR");
    assertThat(d.people().get(0).terms().get(0).end()).isNull();

    Organization wire = d.organizations().get(0);
    assertThat(wire.kind()).isEqualTo(ActorKind.AGENCY);
    assertThat(wire.aliases()).containsExactly("NW", "Nord Wire");
    assertThat(wire.country()).isEqualTo("NOR");
    Organization league = d.organizations().get(1);
    assertThat(league.code()).isNull();
    assertThat(league.country()).isNull();
  }

  @Test
  void acceptsByteOrderMarkCarriageReturnsAndBlankLines() throws IOException {
    String countries = "\uFEFF" + COUNTRIES.replace("\n", "\r\n") + "\n   \n";
    ActorDictionary d = load(countries, ROLES, PEOPLE, ORGANIZATIONS);
    assertThat(d.country("NOR").metonyms()).containsExactly("Oslo");
  }

  @Test
  void rejectsWrongHeader() {
    assertFails(
        COUNTRIES.replace("demonyms", "demonym"),
        ROLES,
        PEOPLE,
        ORGANIZATIONS,
        "countries.tsv:2: header is ");
  }

  @Test
  void rejectsMissingHeader() {
    assertFails(
        COUNTRIES, "# only a comment\n", PEOPLE, ORGANIZATIONS, "roles.tsv:1: no header line");
  }

  @Test
  void rejectsWrongColumnCount() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("\tRoe\t", "\t"),
        ORGANIZATIONS,
        "people.tsv:3: 9 columns");
  }

  @Test
  void rejectsBadIsoDate() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("2020-05-01", "2020-5-1"),
        ORGANIZATIONS,
        "people.tsv:3: bad date '2020-5-1'");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("2021-02-03", "2018-02-03"),
        ORGANIZATIONS,
        "people.tsv:5: end 2018-02-03 is before start 2019-01-01");
  }

  @Test
  void rejectsUnknownCountryInPeople() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("\tf\tFRA\t", "\tf\tXYZ\t"),
        ORGANIZATIONS,
        "people.tsv:3: unknown country code XYZ");
  }

  @Test
  void rejectsUnknownCountryInOrganizations() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE,
        ORGANIZATIONS.replace("NORMED\tNOR", "NORMED\tSWE"),
        "organizations.tsv:3: unknown country code SWE");
  }

  @Test
  void rejectsDuplicateCountryCode() {
    assertFails(
        COUNTRIES.replace("NOR\tNorway", "FRA\tNorway"),
        ROLES,
        PEOPLE,
        ORGANIZATIONS,
        "countries.tsv:4: duplicate country code FRA");
  }

  @Test
  void rejectsCountryNameClaimedTwice() {
    assertFails(
        COUNTRIES.replace("NOR\tNorway\t\t", "NOR\tNorway\tFrance\t"),
        ROLES,
        PEOPLE,
        ORGANIZATIONS,
        "countries.tsv:4: name 'France' already belongs to FRA");
  }

  @Test
  void rejectsDuplicateOrganizationId() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE,
        ORGANIZATIONS.replace("league\t", "nordwire\t"),
        "organizations.tsv:4: duplicate organization id nordwire");
  }

  @Test
  void rejectsInconsistentNameOfOnePerson() {
    String people =
        PEOPLE.replace(
            "ben-dal\tBen Dal\tDal\t\tm\tNOR\tpresident",
            "ben-dal\tBenn Dal\tDal\t\tm\tNOR\tpresident");
    assertFails(
        COUNTRIES,
        ROLES,
        people,
        ORGANIZATIONS,
        "people.tsv:6: person ben-dal has name 'Benn Dal' here but 'Ben Dal' on line 5");
  }

  @Test
  void rejectsInconsistentGenderOfOnePerson() {
    String people = PEOPLE.replace("Dal\t\tm\tNOR\tpresident", "Dal\t\tf\tNOR\tpresident");
    assertFails(
        COUNTRIES, ROLES, people, ORGANIZATIONS, "people.tsv:6: person ben-dal has gender 'f'");
  }

  @Test
  void rejectsInconsistentCountryOfOnePerson() {
    String people = PEOPLE.replace("Dal\t\tm\tNOR\tpresident", "Dal\t\tm\tFRA\tpresident");
    assertFails(
        COUNTRIES, ROLES, people, ORGANIZATIONS, "people.tsv:6: person ben-dal has country 'FRA'");
  }

  @Test
  void rejectsBadRoleKind() {
    assertFails(
        COUNTRIES,
        ROLES.replace("MIL\tgroup", "MIL\tcrowd"),
        PEOPLE,
        ORGANIZATIONS,
        "roles.tsv:5: bad kind 'crowd'");
  }

  @Test
  void rejectsBadOrganizationKind() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE,
        ORGANIZATIONS.replace("\tagency\t", "\tpress\t"),
        "organizations.tsv:3: bad kind 'press'");
  }

  @Test
  void rejectsUnknownLeaderValue() {
    assertFails(
        COUNTRIES,
        ROLES.replace("person\tyes", "person\ttrue"),
        PEOPLE,
        ORGANIZATIONS,
        "roles.tsv:3: bad leader 'true'");
  }

  @Test
  void rejectsEmptyRequiredField() {
    assertFails(
        COUNTRIES.replace("FRA\tFrance\t", "FRA\t\t"),
        ROLES,
        PEOPLE,
        ORGANIZATIONS,
        "countries.tsv:3: empty name");
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("\t2020-05-01\t", "\t\t"),
        ORGANIZATIONS,
        "people.tsv:3: empty start");
  }

  @Test
  void rejectsEmptyListItem() {
    assertFails(
        COUNTRIES.replace("Paris|Elysee", "Paris||Elysee"),
        ROLES,
        PEOPLE,
        ORGANIZATIONS,
        "countries.tsv:3: empty item in metonyms");
  }

  @Test
  void rejectsRoleUnknownToRolesFile() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("\tf\tFRA\tpresident", "\tf\tFRA\tduke"),
        ORGANIZATIONS,
        "people.tsv:3: unknown role 'duke'");
  }

  @Test
  void rejectsPhraseOfTwoRoles() {
    assertFails(
        COUNTRIES,
        ROLES.replace("troops\tsoldiers", "presidents\tsoldiers"),
        PEOPLE,
        ORGANIZATIONS,
        "roles.tsv:5: phrase 'presidents' already belongs to role president");
  }

  @Test
  void rejectsBadGenderAndBadCode() {
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("\tf\tFRA", "\tw\tFRA"),
        ORGANIZATIONS,
        "people.tsv:3: bad gender 'w'");
    assertFails(
        COUNTRIES,
        ROLES,
        PEOPLE.replace("FRAGOV", "FraGov"),
        ORGANIZATIONS,
        "people.tsv:3: bad code 'FraGov'");
  }

  @Test
  void rejectsMissingFile() {
    Map<String, Reader> files =
        Map.of(
            ActorDictionaryLoader.COUNTRIES, new StringReader(COUNTRIES),
            ActorDictionaryLoader.ROLES, new StringReader(ROLES),
            ActorDictionaryLoader.PEOPLE, new StringReader(PEOPLE));
    assertThatThrownBy(() -> ActorDictionaryLoader.load(files))
        .isInstanceOf(DictionaryException.class)
        .hasMessage("organizations.tsv:0: file missing")
        .satisfies(e -> assertThat(((DictionaryException) e).line()).isZero());
  }

  @Test
  void loadsFromDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve(ActorDictionaryLoader.COUNTRIES), COUNTRIES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(ActorDictionaryLoader.ROLES), ROLES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(ActorDictionaryLoader.PEOPLE), PEOPLE, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(ActorDictionaryLoader.ORGANIZATIONS), ORGANIZATIONS, StandardCharsets.UTF_8);

    ActorDictionary d = ActorDictionaryLoader.load(dir);

    assertThat(d.people()).hasSize(2);
    assertThat(d.organizations().get(0).name()).isEqualTo("Nordwire");
  }
}
