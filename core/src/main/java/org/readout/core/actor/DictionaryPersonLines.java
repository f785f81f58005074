package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Term;

/**
 * The lines of one person id in {@code people.tsv}, gathered into one {@link Person}; every line after the first must
 * agree with it on everything but the term.
 */
final class DictionaryPersonLines {
  private final String id;
  private final String name;
  private final String shortName;
  private final List<String> aliases;
  private final @Nullable String gender;
  private final String country;
  private final int firstLine;
  private final List<Term> terms = new ArrayList<>(2);

  DictionaryPersonLines(
      String id,
      String name,
      String shortName,
      List<String> aliases,
      @Nullable String gender,
      String country,
      int firstLine,
      Term term) {
    this.id = id;
    this.name = name;
    this.shortName = shortName;
    this.aliases = aliases;
    this.gender = gender;
    this.country = country;
    this.firstLine = firstLine;
    terms.add(term);
  }

  void addTerm(
      TsvRow row,
      String name,
      String shortName,
      List<String> aliases,
      @Nullable String gender,
      String country,
      Term term) {
    check(row, "name", this.name, name);
    check(row, "short", this.shortName, shortName);
    check(row, "aliases", String.join("|", this.aliases), String.join("|", aliases));
    check(row, "gender", Objects.toString(this.gender, ""), Objects.toString(gender, ""));
    check(row, "country", this.country, country);
    terms.add(term);
  }

  private void check(TsvRow row, String column, String first, String here) {
    if (!first.equals(here)) {
      throw row.error(
          "person " + id + " has " + column + " '" + here + "' here but '" + first + "' on line " + firstLine);
    }
  }

  Person toPerson() {
    return new Person(id, name, shortName, aliases, gender, country, terms);
  }
}
