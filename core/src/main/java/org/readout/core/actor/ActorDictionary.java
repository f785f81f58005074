package org.readout.core.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.ActorKind;

/**
 * The curated knowledge the actor stage matches against. Immutable and thread-safe; load it once
 * with {@link ActorDictionaryLoader#loadBundled()} and share it.
 */
public final class ActorDictionary {
  /**
   * A country or territory.
   *
   * @param code ISO 3166 alpha-3 code, also its CAMEO country code
   * @param name canonical English short name ("China")
   * @param aliases other names ("People's Republic of China", "PRC")
   * @param demonyms nationality adjectives ("Chinese")
   * @param metonyms capitals and seats of government standing for the government ("Beijing",
   *     "Zhongnanhai")
   */
  public record Country(
      String code,
      String name,
      List<String> aliases,
      List<String> demonyms,
      List<String> metonyms) {
    public Country {
      aliases = List.copyOf(aliases);
      demonyms = List.copyOf(demonyms);
      metonyms = List.copyOf(metonyms);
    }
  }

  /**
   * A role word and its CAMEO actor type.
   *
   * @param phrases the words that name it, singular and plural ("president"; "protesters",
   *     "demonstrators")
   * @param role canonical role name ("president", "military", "protesters")
   * @param code CAMEO role code appended to a country code ({@code GOV}, {@code MIL}, {@code OPP},
   *     ...)
   * @param kind {@link ActorKind#PERSON} for a title borne by one person, {@link ActorKind#GROUP}
   *     for people in numbers, {@link ActorKind#INSTITUTION} for a body ("government", "foreign
   *     ministry")
   * @param leader true for roles that "the X leader" can refer to (heads of state and government)
   */
  public record Role(
      List<String> phrases, String role, String code, ActorKind kind, boolean leader) {
    public Role {
      phrases = List.copyOf(phrases);
    }
  }

  /**
   * One term in office.
   *
   * @param role canonical role name ("president")
   * @param code CAMEO actor code during the term ({@code USAGOV})
   * @param start first day
   * @param end last day, or null when still in office
   */
  public record Term(String role, String code, LocalDate start, @Nullable LocalDate end) {
    public boolean covers(LocalDate date) {
      return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
  }

  /**
   * A named person.
   *
   * @param id slug, unique in the dictionary ("xi-jinping")
   * @param name canonical full name
   * @param shortName the name used alone after first mention ("Xi", "Putin")
   * @param aliases other full names and spellings
   * @param gender {@code m}, {@code f} or null
   * @param country ISO alpha-3 code
   * @param terms terms in office, oldest first
   */
  public record Person(
      String id,
      String name,
      String shortName,
      List<String> aliases,
      @Nullable String gender,
      String country,
      List<Term> terms) {
    public Person {
      aliases = List.copyOf(aliases);
      terms = terms.stream().sorted(Comparator.comparing(Term::start)).toList();
    }

    /**
     * The term that applies on {@code date}: of those covering it, the one begun last (Xi Jinping
     * became president after general secretary, and "president" is the role news uses); for an
     * unknown date the latest term; null when the date falls outside every term.
     */
    public @Nullable Term termOn(@Nullable LocalDate date) {
      if (terms.isEmpty()) {
        return null;
      }
      if (date == null) {
        return terms.get(terms.size() - 1);
      }
      Term found = null;
      for (Term t : terms) {
        if (t.covers(date)) {
          found = t;
        }
      }
      return found;
    }

    /**
     * The CAMEO code on {@code date}: the term's code, or the bare country code when out of office.
     */
    public String codeOn(@Nullable LocalDate date) {
      Term t = termOn(date);
      return t != null ? t.code() : country;
    }
  }

  /**
   * An organization or news agency.
   *
   * @param id slug ("un", "xinhua")
   * @param name canonical name
   * @param aliases other names and abbreviations
   * @param kind {@link ActorKind#ORGANIZATION}, {@link ActorKind#AGENCY} or {@link
   *     ActorKind#INSTITUTION}
   * @param code CAMEO code ({@code IGOUNO}, {@code CHNMED}), or null
   * @param country ISO alpha-3 code of its home country, or null for international bodies
   */
  public record Organization(
      String id,
      String name,
      List<String> aliases,
      ActorKind kind,
      @Nullable String code,
      @Nullable String country) {
    public Organization {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * An ethnic or religious group ("Kurds", "Shiites").
   *
   * @param id slug, unique in the dictionary ("kurds")
   * @param nouns words naming its members ("Kurd", "Kurds"), which stand alone as an actor
   * @param adjectives words qualifying a role ("Kurdish" in "Kurdish rebels"); a noun may be both
   * @param countries home countries, the most reported first; empty for a faith spread over many
   * @param tag the CAMEO-style three-letter ethnic or religious code ({@code KUR}, {@code SHI})
   * @param religious true for a faith or a branch of one, false for a people
   */
  public record Group(
      String id,
      List<String> nouns,
      List<String> adjectives,
      List<String> countries,
      String tag,
      boolean religious) {
    public Group {
      nouns = List.copyOf(nouns);
      adjectives = List.copyOf(adjectives);
      countries = List.copyOf(countries);
    }
  }

  private final List<Country> countries;
  private final List<Role> roles;
  private final List<Person> people;
  private final List<Organization> organizations;
  private final List<Group> groups;
  private final Map<String, Country> countryByCode = new HashMap<>();

  /** A dictionary without ethnic or religious groups. */
  public ActorDictionary(
      List<Country> countries,
      List<Role> roles,
      List<Person> people,
      List<Organization> organizations) {
    this(countries, roles, people, organizations, List.of());
  }

  public ActorDictionary(
      List<Country> countries,
      List<Role> roles,
      List<Person> people,
      List<Organization> organizations,
      List<Group> groups) {
    this.countries = List.copyOf(countries);
    this.roles = List.copyOf(roles);
    this.people = List.copyOf(people);
    this.organizations = List.copyOf(organizations);
    this.groups = List.copyOf(groups);
    for (Country c : this.countries) {
      countryByCode.put(c.code(), c);
    }
  }

  public List<Country> countries() {
    return countries;
  }

  public List<Role> roles() {
    return roles;
  }

  public List<Person> people() {
    return people;
  }

  public List<Organization> organizations() {
    return organizations;
  }

  /** Ethnic and religious groups ({@code groups.tsv}). */
  public List<Group> groups() {
    return groups;
  }

  /** The country with this alpha-3 code, or null. */
  public @Nullable Country country(String code) {
    return countryByCode.get(Objects.requireNonNull(code));
  }
}
