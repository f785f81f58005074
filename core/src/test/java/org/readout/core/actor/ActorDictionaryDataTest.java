package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.ActorDictionary.Term;
import org.readout.core.model.ActorKind;

/** Facts the bundled dictionary must get right (issue 2). */
class ActorDictionaryDataTest {
  static final List<String> G20 =
      List.of(
          "ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN", "KOR",
          "MEX", "RUS", "SAU", "TUR", "USA", "ZAF");
  static final List<String> OFTEN_REPORTED =
      List.of(
          "UKR", "IRN", "ISR", "PSE", "SYR", "IRQ", "EGY", "PAK", "AFG", "POL", "ESP", "NLD", "BEL",
          "SWE", "FIN", "NOR", "DNK", "CHE", "AUT", "HUN", "GRC", "ROU", "BLR", "GEO", "ARM", "AZE",
          "KAZ", "UZB", "PRK", "TWN", "VNM", "THA", "PHL", "MYS", "SGP", "BGD", "LKA", "NPL", "MMR",
          "NGA", "KEN", "ETH", "GHA", "QAT", "ARE", "VEN", "COL", "CHL", "PER", "CUB", "SRB", "NZL",
          "IRL", "PRT");
  static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);

  static ActorDictionary dictionary;

  @BeforeAll
  static void load() {
    dictionary = ActorDictionaryLoader.loadBundled();
  }

  static Person person(String id) {
    return dictionary.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  static Organization organization(String id) {
    return dictionary.organizations().stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The people holding a leader role for {@code country}'s government on {@code date}. */
  static List<String> leadersOn(String country, LocalDate date) {
    Map<String, Role> roles = new HashMap<>();
    dictionary.roles().forEach(r -> roles.put(r.role(), r));
    List<String> out = new ArrayList<>();
    for (Person p : dictionary.people()) {
      for (Term t : p.terms()) {
        if (t.covers(date) && t.code().equals(country + "GOV") && roles.get(t.role()).leader()) {
          out.add(p.id());
        }
      }
    }
    return out;
  }

  @Test
  void coversEveryIsoCountryPlusKosovo() {
    assertThat(dictionary.countries()).hasSizeGreaterThanOrEqualTo(250);
    assertThat(dictionary.country("XKX").name()).isEqualTo("Kosovo");
    assertThat(dictionary.country("PSE").name()).isEqualTo("Palestine");
    assertThat(dictionary.country("ATA")).isNotNull();
    assertThat(dictionary.country("USA").aliases())
        .contains("U.S.", "US", "USA", "United States of America", "America");
    assertThat(dictionary.country("GBR").aliases())
        .contains("UK", "U.K.", "Britain", "Great Britain");
    assertThat(dictionary.country("KOR").aliases()).contains("Republic of Korea", "ROK");
    assertThat(dictionary.country("PRK").aliases()).contains("DPRK");
  }

  @Test
  void metonymsNameSeatsOfGovernment() {
    assertThat(dictionary.country("RUS").metonyms()).contains("Kremlin", "Moscow");
    assertThat(dictionary.country("CHN").metonyms()).contains("Beijing", "Zhongnanhai");
    assertThat(dictionary.country("USA").metonyms()).contains("White House", "Washington");
    assertThat(dictionary.country("FRA").metonyms()).contains("Elysee", "Élysée");
    assertThat(dictionary.country("UKR").metonyms()).contains("Kyiv", "Kiev");
    // Brussels stands for the EU, not for Belgium.
    assertThat(dictionary.country("BEL").metonyms()).doesNotContain("Brussels");
    for (Country c : dictionary.countries()) {
      assertThat(c.metonyms())
          .as(c.code())
          .noneMatch(m -> m.startsWith("the ") || m.startsWith("The "));
    }
  }

  @Test
  void everyG20MemberHasALeaderInMid2025() {
    for (String code : G20) {
      assertThat(leadersOn(code, MID_2025)).as(code).isNotEmpty();
    }
  }

  @Test
  void oftenReportedCountriesHaveALeaderInMid2025() {
    for (String code : OFTEN_REPORTED) {
      assertThat(leadersOn(code, MID_2025)).as(code).isNotEmpty();
    }
  }

  @Test
  void trumpGovernsOnlyInHisTerms() {
    Person trump = person("donald-trump");
    assertThat(trump.shortName()).isEqualTo("Trump");
    assertThat(trump.codeOn(LocalDate.of(2025, 1, 22))).isEqualTo("USAGOV");
    assertThat(trump.codeOn(LocalDate.of(2024, 6, 1))).isEqualTo("USA");
    assertThat(trump.codeOn(LocalDate.of(2018, 6, 1))).isEqualTo("USAGOV");
    assertThat(person("joe-biden").codeOn(LocalDate.of(2024, 6, 1))).isEqualTo("USAGOV");
    assertThat(leadersOn("USA", LocalDate.of(2024, 6, 1))).containsExactly("joe-biden");
  }

  @Test
  void knownOfficeHolders() {
    LocalDate date = LocalDate.of(2025, 1, 22);
    assertThat(person("vladimir-putin").codeOn(date)).isEqualTo("RUSGOV");
    assertThat(person("vladimir-putin").termOn(date).role()).isEqualTo("president");
    assertThat(person("xi-jinping").termOn(date).start()).isEqualTo(LocalDate.of(2013, 3, 14));
    @Nullable Term lavrov = person("sergey-lavrov").termOn(date);
    assertThat(lavrov.role()).isEqualTo("foreign minister");
    assertThat(lavrov.start()).isEqualTo(LocalDate.of(2004, 3, 9));
    assertThat(person("recep-tayyip-erdogan").aliases())
        .contains("Recep Tayyip Erdogan", "Erdoğan");
    assertThat(person("volodymyr-zelensky").aliases()).contains("Volodymyr Zelenskyy", "Zelenskyy");
    assertThat(person("luiz-inacio-lula-da-silva").shortName()).isEqualTo("Lula");
    assertThat(person("antonio-guterres").codeOn(date)).isEqualTo("IGOUNO");
    assertThat(person("mark-rutte").codeOn(date)).isEqualTo("IGONAT");
    assertThat(person("mark-rutte").codeOn(LocalDate.of(2020, 1, 1))).isEqualTo("NLDGOV");
  }

  @Test
  void holdsAtLeastFourHundredTerms() {
    int terms = dictionary.people().stream().mapToInt(p -> p.terms().size()).sum();
    assertThat(terms).isGreaterThanOrEqualTo(400);
  }

  @Test
  void newsAgenciesAreAgencies() {
    assertThat(organization("xinhua").kind()).isEqualTo(ActorKind.AGENCY);
    assertThat(organization("xinhua").aliases()).contains("Xinhua News Agency");
    assertThat(organization("xinhua").code()).isEqualTo("CHNMED");
    assertThat(organization("tass").kind()).isEqualTo(ActorKind.AGENCY);
    assertThat(organization("tass").aliases()).contains("ITAR-TASS");
    assertThat(organization("reuters").country()).isNull();
    assertThat(organization("un").code()).isEqualTo("IGOUNO");
    assertThat(organization("nato").kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  @Test
  void rolesCoverTheCommonTitles() {
    Map<String, Role> byPhrase = new HashMap<>();
    dictionary.roles().forEach(r -> r.phrases().forEach(p -> byPhrase.put(p, r)));
    assertThat(byPhrase.get("secretary of state").role()).isEqualTo("foreign minister");
    assertThat(byPhrase.get("president").leader()).isTrue();
    assertThat(byPhrase.get("foreign minister").leader()).isFalse();
    assertThat(byPhrase.get("troops").code()).isEqualTo("MIL");
    assertThat(byPhrase.get("troops").kind()).isEqualTo(ActorKind.GROUP);
    assertThat(byPhrase.get("police").code()).isEqualTo("COP");
    assertThat(byPhrase.get("rebels").code()).isEqualTo("REB");
    assertThat(byPhrase.get("foreign ministry").kind()).isEqualTo(ActorKind.INSTITUTION);
    assertThat(byPhrase.get("parliament").code()).isEqualTo("LEG");
    assertThat(byPhrase.get("supreme court").code()).isEqualTo("JUD");
    for (String phrase : byPhrase.keySet()) {
      assertThat(phrase).isEqualTo(phrase.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Offices one person holds at a time (issue 8): two holders of one national office overlap on a
   * handover day at most. Acting holders while the elected one is suspended are the listed
   * exception.
   */
  @Test
  void nationalOfficesHaveOneHolderAtATime() {
    List<String> single =
        List.of("president", "prime minister", "chancellor", "premier", "foreign minister");
    List<String> acting = List.of("choi-sang-mok");
    Map<String, List<Object[]>> byOffice = new HashMap<>();
    for (Person p : dictionary.people()) {
      for (Term t : p.terms()) {
        if (single.contains(t.role()) && !t.code().startsWith("IGO") && !acting.contains(p.id())) {
          byOffice
              .computeIfAbsent(t.code() + "/" + t.role(), k -> new ArrayList<>())
              .add(new Object[] {p.id(), t});
        }
      }
    }
    List<String> overlaps = new ArrayList<>();
    for (Map.Entry<String, List<Object[]>> e : byOffice.entrySet()) {
      List<Object[]> terms = e.getValue();
      terms.sort((a, b) -> ((Term) a[1]).start().compareTo(((Term) b[1]).start()));
      for (int i = 1; i < terms.size(); i++) {
        Term before = (Term) terms.get(i - 1)[1];
        Term after = (Term) terms.get(i)[1];
        if (before.end() == null || after.start().isBefore(before.end())) {
          overlaps.add(e.getKey() + ": " + terms.get(i - 1)[0] + " and " + terms.get(i)[0]);
        }
      }
    }
    assertThat(overlaps).isEmpty();
  }

  /** Archives go back decades (issue 8): office holders of 2008 and of 1995. */
  @Test
  void officeHoldersBefore2015() {
    LocalDate mid2008 = LocalDate.of(2008, 6, 1);
    assertThat(leadersOn("USA", mid2008)).contains("george-w-bush");
    assertThat(leadersOn("GBR", mid2008)).contains("gordon-brown");
    assertThat(leadersOn("FRA", mid2008)).contains("nicolas-sarkozy", "francois-fillon");
    assertThat(leadersOn("RUS", mid2008)).contains("dmitry-medvedev", "vladimir-putin");
    assertThat(leadersOn("CHN", mid2008)).contains("hu-jintao", "wen-jiabao");
    assertThat(leadersOn("JPN", mid2008)).contains("yasuo-fukuda");
    assertThat(person("condoleezza-rice").codeOn(mid2008)).isEqualTo("USAGOV");
    assertThat(person("condoleezza-rice").termOn(mid2008).role()).isEqualTo("foreign minister");
    assertThat(person("robert-gates").termOn(mid2008).role()).isEqualTo("defence minister");
    LocalDate mid1995 = LocalDate.of(1995, 6, 1);
    assertThat(leadersOn("USA", mid1995)).containsExactly("bill-clinton");
    assertThat(leadersOn("DEU", mid1995)).contains("helmut-kohl");
    assertThat(person("kofi-annan").codeOn(LocalDate.of(2000, 1, 1))).isEqualTo("IGOUNO");
    assertThat(person("boutros-boutros-ghali").codeOn(mid1995)).isEqualTo("IGOUNO");
    // A short name two people bore is told apart by date: Bush in 1990 and in 2005.
    assertThat(person("george-h-w-bush").termOn(LocalDate.of(1990, 1, 1))).isNotNull();
    assertThat(person("george-h-w-bush").termOn(LocalDate.of(2005, 1, 1))).isNull();
  }

  @Test
  void loadsAFreshDictionaryEachTime() {
    ActorDictionary again = ActorDictionaryLoader.loadBundled();
    assertThat(again).isNotSameAs(dictionary);
    assertThat(again.people()).hasSameSizeAs(dictionary.people());
  }
}
