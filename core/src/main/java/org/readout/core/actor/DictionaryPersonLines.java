package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Term;

/**
 * The lines of one person id in {@code people.tsv}, gathered into one {@link Person}; every line
 * after the first must agree with it on everything but the term.
 */
final class DictionaryPersonLines {
  /** The first line as a person with its one term. */
  private final Person first;

  private final int firstLine;
  private final List<Term> terms = new ArrayList<>(2);

  /**
   * @param first the first line read as a person with the line's one term
   * @param firstLine its line number, for error messages
   */
  DictionaryPersonLines(Person first, int firstLine) {
    this.first = first;
    this.firstLine = firstLine;
    terms.addAll(first.terms());
  }

  /**
   * Adds the term of a later line, read as a person like the first; throws when it disagrees on
   * anything else.
   */
  void addTerm(TsvRow row, Person line) {
    check(row, "name", first.name(), line.name());
    check(row, "short", first.shortName(), line.shortName());
    check(row, "aliases", String.join("|", first.aliases()), String.join("|", line.aliases()));
    check(row, "gender", Objects.toString(first.gender(), ""), Objects.toString(line.gender(), ""));
    check(row, "country", first.country(), line.country());
    terms.addAll(line.terms());
  }

  private void check(TsvRow row, String column, String first, String here) {
    if (!first.equals(here)) {
      throw row.error(
          "person "
              + this.first.id()
              + " has "
              + column
              + " '"
              + here
              + "' here but '"
              + first
              + "' on line "
              + firstLine);
    }
  }

  Person toPerson() {
    return new Person(
        first.id(),
        first.name(),
        first.shortName(),
        first.aliases(),
        first.gender(),
        first.country(),
        terms);
  }
}
