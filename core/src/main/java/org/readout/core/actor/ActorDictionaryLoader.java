package org.readout.core.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Group;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.ActorDictionary.Term;
import org.readout.core.model.ActorKind;

/**
 * Reads and validates the actor dictionary files ({@value #COUNTRIES}, {@value #ROLES}, {@value
 * #PEOPLE}, {@value #ORGANIZATIONS} and the optional {@value #GROUPS}); the format is described in
 * {@code docs/actor-dictionary.md}. Any bad line throws {@link DictionaryException} with a {@code
 * file:line: } message; nothing is skipped silently.
 *
 * <p>Nothing is cached: each call parses the files again (a few milliseconds), and the caller keeps
 * the dictionary. Cross-file checks run in this order: roles and countries first, then people
 * (whose country and role must exist), organizations and groups (whose countries must exist).
 */
public final class ActorDictionaryLoader {
  public static final String COUNTRIES = "countries.tsv";
  public static final String ROLES = "roles.tsv";
  public static final String PEOPLE = "people.tsv";
  public static final String ORGANIZATIONS = "organizations.tsv";

  /** Ethnic and religious groups; optional where a directory or map of files is loaded. */
  public static final String GROUPS = "groups.tsv";

  static final String COUNTRIES_HEADER = "code\tname\taliases\tdemonyms\tmetonyms";
  static final String ROLES_HEADER = "phrases\trole\tcode\tkind\tleader";
  static final String PEOPLE_HEADER =
      "id\tname\tshort\taliases\tgender\tcountry\trole\tcode\tstart\tend";
  static final String ORGANIZATIONS_HEADER = "id\tname\taliases\tkind\tcode\tcountry";
  static final String GROUPS_HEADER = "id\tnouns\tadjectives\tcountries\ttag\tkind";

  private ActorDictionaryLoader() {}

  /** The dictionary bundled with Readout, read from this package's classpath resources. */
  public static ActorDictionary loadBundled() {
    Map<String, Reader> files = new HashMap<>();
    try {
      for (String name : List.of(COUNTRIES, ROLES, PEOPLE, ORGANIZATIONS, GROUPS)) {
        InputStream in = ActorDictionaryLoader.class.getResourceAsStream(name);
        if (in == null) {
          throw new DictionaryException(name, 0, "bundled resource missing from the classpath");
        }
        files.put(name, new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return load(files);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled actor dictionary", e);
    } finally {
      closeAll(files.values());
    }
  }

  /**
   * Reads the four files, by their standard names, from {@code directory}, and {@value #GROUPS}
   * when it is there.
   */
  public static ActorDictionary load(Path directory) throws IOException {
    Map<String, Reader> files = new HashMap<>();
    try {
      for (String name : List.of(COUNTRIES, ROLES, PEOPLE, ORGANIZATIONS, GROUPS)) {
        Path file = directory.resolve(name);
        if (name.equals(GROUPS) && !Files.exists(file)) {
          continue;
        }
        files.put(name, Files.newBufferedReader(file, StandardCharsets.UTF_8));
      }
      return load(files);
    } finally {
      closeAll(files.values());
    }
  }

  /**
   * Reads the four files from readers keyed by file name ({@link #COUNTRIES}, ...); the names also
   * label errors; {@value #GROUPS} may be absent. The readers are read to the end but not closed.
   */
  public static ActorDictionary load(Map<String, ? extends Reader> files) throws IOException {
    Reader groups = files.get(GROUPS);
    return build(
        TsvReader.read(COUNTRIES, reader(files, COUNTRIES), COUNTRIES_HEADER),
        TsvReader.read(ROLES, reader(files, ROLES), ROLES_HEADER),
        TsvReader.read(PEOPLE, reader(files, PEOPLE), PEOPLE_HEADER),
        TsvReader.read(ORGANIZATIONS, reader(files, ORGANIZATIONS), ORGANIZATIONS_HEADER),
        groups == null ? List.of() : TsvReader.read(GROUPS, groups, GROUPS_HEADER));
  }

  /**
   * The bundled dictionary with a user's own files on top ({@code readout --actors FILE}). Each
   * file holds lines of one of the four kinds, told by its header line, and is checked like the
   * bundled files, with {@code file:line} errors: new countries, roles, people and organizations,
   * and for a person already known (same id) more terms and aliases.
   */
  public static ActorDictionary loadBundledWith(List<Path> overlays) throws IOException {
    if (overlays.isEmpty()) {
      return loadBundled();
    }
    Map<String, List<TsvRow>> rows = new HashMap<>();
    for (String name : List.of(COUNTRIES, ROLES, PEOPLE, ORGANIZATIONS, GROUPS)) {
      try (InputStream in = ActorDictionaryLoader.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new DictionaryException(name, 0, "bundled resource missing from the classpath");
        }
        rows.put(
            name,
            new ArrayList<>(
                TsvReader.read(
                    name, new InputStreamReader(in, StandardCharsets.UTF_8), HEADERS.get(name))));
      }
    }
    for (Path overlay : overlays) {
      String label = overlay.toString();
      String header = DictionaryOverlay.header(overlay);
      String kind = null;
      for (Map.Entry<String, String> e : HEADERS.entrySet()) {
        if (e.getValue().equals(header)) {
          kind = e.getKey();
        }
      }
      if (kind == null) {
        throw new DictionaryException(
            label,
            DictionaryOverlay.headerLine(overlay),
            "header is '"
                + TsvReader.visible(header)
                + "', expected the header of one of "
                + String.join(", ", HEADERS.keySet())
                + " (see docs/actor-dictionary.md)");
      }
      try (Reader in = Files.newBufferedReader(overlay, StandardCharsets.UTF_8)) {
        rows.get(kind).addAll(TsvReader.read(label, in, header));
      }
    }
    return build(
        rows.get(COUNTRIES),
        rows.get(ROLES),
        rows.get(PEOPLE),
        rows.get(ORGANIZATIONS),
        rows.get(GROUPS));
  }

  private static final Map<String, String> HEADERS =
      orderedMap(
          COUNTRIES, COUNTRIES_HEADER,
          ROLES, ROLES_HEADER,
          PEOPLE, PEOPLE_HEADER,
          ORGANIZATIONS, ORGANIZATIONS_HEADER,
          GROUPS, GROUPS_HEADER);

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private static ActorDictionary build(
      List<TsvRow> countryRows,
      List<TsvRow> roleRows,
      List<TsvRow> peopleRows,
      List<TsvRow> organizationRows,
      List<TsvRow> groupRows) {
    List<Country> countries = countries(countryRows);
    List<Role> roles = roles(roleRows);
    Set<String> codes = new HashSet<>();
    countries.forEach(c -> codes.add(c.code()));
    Set<String> roleNames = new HashSet<>();
    roles.forEach(r -> roleNames.add(r.role()));
    List<Person> people = people(peopleRows, codes, roleNames);
    List<Organization> organizations = organizations(organizationRows, codes);
    Set<String> roleCodes = new HashSet<>();
    roles.forEach(r -> roleCodes.add(r.code()));
    List<Group> groups = groups(groupRows, codes, roleCodes);
    return new ActorDictionary(countries, roles, people, organizations, groups);
  }

  private static Reader reader(Map<String, ? extends Reader> files, String name) {
    Reader r = files.get(name);
    if (r == null) {
      throw new DictionaryException(name, 0, "file missing");
    }
    return r;
  }

  static List<Country> countries(List<TsvRow> rows) {
    List<Country> out = new ArrayList<>(rows.size());
    Set<String> codes = new HashSet<>();
    // A name shared by two countries could never resolve; demonyms and metonyms may be shared.
    Map<String, String> nameOwner = new HashMap<>();
    for (TsvRow row : rows) {
      String code = row.required(0);
      if (code.length() != 3 || !TsvRow.isCode(code)) {
        throw row.error("bad country code '" + code + "' (want three upper-case letters)");
      }
      if (!codes.add(code)) {
        throw row.error("duplicate country code " + code);
      }
      Country c = new Country(code, row.required(1), row.list(2), row.list(3), row.list(4));
      List<String> names = new ArrayList<>(c.aliases());
      names.add(c.name());
      for (String name : names) {
        String owner = nameOwner.putIfAbsent(name, code);
        if (owner != null && !owner.equals(code)) {
          throw row.error("name '" + name + "' already belongs to " + owner);
        }
      }
      out.add(c);
    }
    return out;
  }

  static List<Role> roles(List<TsvRow> rows) {
    List<Role> out = new ArrayList<>(rows.size());
    Set<String> names = new HashSet<>();
    Map<String, String> phraseOwner = new HashMap<>();
    for (TsvRow row : rows) {
      List<String> phrases = row.list(0);
      if (phrases.isEmpty()) {
        throw row.error("empty phrases");
      }
      String role = row.required(1);
      if (!names.add(role)) {
        throw row.error("duplicate role " + role);
      }
      for (String phrase : phrases) {
        String owner = phraseOwner.putIfAbsent(phrase, role);
        if (owner != null) {
          throw row.error("phrase '" + phrase + "' already belongs to role " + owner);
        }
      }
      String code = row.code(2);
      if (code.length() != 3) {
        throw row.error("bad role code '" + code + "' (want three upper-case letters)");
      }
      ActorKind kind =
          switch (row.required(3)) {
            case "person" -> ActorKind.PERSON;
            case "group" -> ActorKind.GROUP;
            case "institution" -> ActorKind.INSTITUTION;
            default ->
                throw row.error(
                    "bad kind '" + row.required(3) + "' (want person, group or institution)");
          };
      boolean leader =
          switch (row.required(4)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error("bad leader '" + row.required(4) + "' (want yes or no)");
          };
      out.add(new Role(phrases, role, code, kind, leader));
    }
    return out;
  }

  static List<Person> people(List<TsvRow> rows, Set<String> countryCodes, Set<String> roleNames) {
    Map<String, DictionaryPersonLines> byId = new LinkedHashMap<>();
    for (TsvRow row : rows) {
      String id = row.required(0);
      String name = row.required(1);
      String shortName = row.required(2);
      List<String> aliases = row.list(3);
      String gender = row.optional(4);
      if (gender != null && !gender.equals("m") && !gender.equals("f")) {
        throw row.error("bad gender '" + gender + "' (want m, f or empty)");
      }
      String country = knownCountry(row, 5, countryCodes);
      String role = row.required(6);
      if (!roleNames.contains(role)) {
        throw row.error("unknown role '" + role + "' (not in " + ROLES + ")");
      }
      String code = row.code(7);
      LocalDate start = Objects.requireNonNull(row.date(8, true));
      LocalDate end = row.date(9, false);
      if (end != null && end.isBefore(start)) {
        throw row.error("end " + end + " is before start " + start);
      }
      Term term = new Term(role, code, start, end);
      Person line = new Person(id, name, shortName, aliases, gender, country, List.of(term));
      DictionaryPersonLines p = byId.get(id);
      if (p == null) {
        byId.put(id, new DictionaryPersonLines(line, row));
      } else {
        p.addTerm(row, line);
      }
    }
    List<Person> out = new ArrayList<>(byId.size());
    byId.values().forEach(p -> out.add(p.toPerson()));
    return out;
  }

  static List<Organization> organizations(List<TsvRow> rows, Set<String> countryCodes) {
    List<Organization> out = new ArrayList<>(rows.size());
    Set<String> ids = new HashSet<>();
    for (TsvRow row : rows) {
      String id = row.required(0);
      if (!ids.add(id)) {
        throw row.error("duplicate organization id " + id);
      }
      ActorKind kind =
          switch (row.required(3)) {
            case "organization" -> ActorKind.ORGANIZATION;
            case "agency" -> ActorKind.AGENCY;
            case "institution" -> ActorKind.INSTITUTION;
            default ->
                throw row.error(
                    "bad kind '"
                        + row.required(3)
                        + "' (want organization, agency or institution)");
          };
      String code = row.optional(4) == null ? null : row.code(4);
      String country = row.optional(5) == null ? null : knownCountry(row, 5, countryCodes);
      out.add(new Organization(id, row.required(1), row.list(2), kind, code, country));
    }
    return out;
  }

  /**
   * Groups: unique ids and tags, a tag of three upper-case letters that is no role code (it follows
   * one: {@code IRQCVL} + {@code KUR}), known home countries, at least one noun, and each word
   * naming one group only.
   */
  static List<Group> groups(List<TsvRow> rows, Set<String> countryCodes, Set<String> roleCodes) {
    List<Group> out = new ArrayList<>(rows.size());
    Set<String> ids = new HashSet<>();
    Set<String> tags = new HashSet<>();
    Map<String, String> wordOwner = new HashMap<>();
    for (TsvRow row : rows) {
      String id = row.required(0);
      if (!ids.add(id)) {
        throw row.error("duplicate group id " + id);
      }
      List<String> nouns = row.list(1);
      if (nouns.isEmpty()) {
        throw row.error("group " + id + " has no nouns");
      }
      List<String> adjectives = row.list(2);
      Set<String> words = new HashSet<>(nouns);
      words.addAll(adjectives);
      for (String w : words) {
        String owner = wordOwner.putIfAbsent(w, id);
        if (owner != null) {
          throw row.error("word '" + w + "' already names group " + owner);
        }
      }
      List<String> countries = row.list(3);
      for (String c : countries) {
        if (!countryCodes.contains(c)) {
          throw row.error("unknown country code " + c + " (not in " + COUNTRIES + ")");
        }
      }
      String tag = row.code(4);
      if (tag.length() != 3 || roleCodes.contains(tag)) {
        throw row.error("bad tag '" + tag + "' (want three upper-case letters, not a role code)");
      }
      if (!tags.add(tag)) {
        throw row.error("duplicate tag " + tag);
      }
      boolean religious =
          switch (row.required(5)) {
            case "religious" -> true;
            case "ethnic" -> false;
            default ->
                throw row.error("bad kind '" + row.required(5) + "' (want ethnic or religious)");
          };
      out.add(new Group(id, nouns, adjectives, countries, tag, religious));
    }
    return out;
  }

  private static String knownCountry(TsvRow row, int column, Set<String> countryCodes) {
    String code = row.required(column);
    if (!countryCodes.contains(code)) {
      throw row.error("unknown country code " + code + " (not in " + COUNTRIES + ")");
    }
    return code;
  }

  private static void closeAll(Iterable<? extends Reader> readers) {
    for (Reader r : readers) {
      try {
        r.close();
      } catch (IOException e) {
        // Closing a fully read resource cannot lose data; the load result (or its exception) is
        // what matters.
      }
    }
  }
}
