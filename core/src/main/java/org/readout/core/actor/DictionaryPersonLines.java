package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Term;

/**
 * The lines of one person id in {@code people.tsv}, gathered into one {@link Person}; every line
 * after the first must agree with it on everything but the term. A line from another file (a user's
 * {@code --actors} overlay on the bundled dictionary) may also add aliases: that is how a user
 * teaches Readout another spelling of a known name.
 */
final class DictionaryPersonLines {
  /** The first line as a person with its one term. */
  private final Person first;

  private final int firstLine;
  private final String firstFile;
  private final List<Term> terms = new ArrayList<>(2);
  private final List<String> aliases = new ArrayList<>();

  /**
   * @param first the first line read as a person with the line's one term
   * @param row its line, for error messages
   */
  DictionaryPersonLines(Person first, TsvRow row) {
    this.first = first;
    this.firstLine = row.line();
    this.firstFile = row.file();
    terms.addAll(first.terms());
    aliases.addAll(first.aliases());
  }

  /**
   * Adds the term of a later line, read as a person like the first; throws when it disagrees on
   * anything else.
   */
  void addTerm(TsvRow row, Person line) {
    check(row, "name", first.name(), line.name());
    check(row, "short", first.shortName(), line.shortName());
    if (row.file().equals(firstFile)) {
      check(row, "aliases", String.join("|", first.aliases()), String.join("|", line.aliases()));
    } else {
      line.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
    }
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
              + "' on "
              + (row.file().equals(firstFile) ? "line " : firstFile + ":")
              + firstLine);
    }
  }

  Person toPerson() {
    return new Person(
        first.id(),
        first.name(),
        first.shortName(),
        List.copyOf(aliases),
        first.gender(),
        first.country(),
        terms);
  }
}
