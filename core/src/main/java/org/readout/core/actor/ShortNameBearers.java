package org.readout.core.actor;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;

/**
 * Who a short name ("Lee", "Bush") that several dictionary people bear refers to: one the article
 * has mentioned, the one in office on the document date, or nobody; and whether a namesake the
 * article gave in full ("Li Wei ... Li said") was mentioned after them all.
 *
 * <p>Split out of {@link DocumentResolution}, whose {@code personName} asks it; static, as {@link
 * LedBy} and {@link Principals} are. It takes {@link PersonTitles} because a title before the name
 * counts as evidence.
 */
final class ShortNameBearers {
  private ShortNameBearers() {}

  /**
   * Whether {@code namesake} was mentioned after every dictionary bearer of {@code matched}'s short
   * name that the article mentions (true when it mentions none).
   */
  static boolean mentionedAfterBearers(MentionContext c, Builder namesake, Person matched) {
    int at = namesake.mentions.get(namesake.mentions.size() - 1).span().start();
    for (Person bearer :
        c.resolver.peopleByShortName.getOrDefault(matched.shortName(), List.of(matched))) {
      Builder b = c.actors.find("person/" + bearer.id());
      if (b != null && b != namesake && !b.mentions.isEmpty()) {
        if (b.mentions.get(b.mentions.size() - 1).span().start() > at) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Who a short name ("Lee") refers to: a bearer already mentioned in this document; else, when a
   * title precedes it or it stands alone, the only bearer in office on the document date; else
   * nobody.
   */
  static @Nullable Person shortNameBearer(PersonTitles c, Person matched, Match<Hit> m) {
    List<Person> bearers =
        c.resolver.peopleByShortName.getOrDefault(matched.shortName(), List.of(matched));
    for (Person candidate : bearers) {
      if (c.actors.find("person/" + candidate.id()) != null) {
        return candidate;
      }
    }
    Person inOffice = null;
    for (Person candidate : bearers) {
      if (c.date != null && candidate.termOn(c.date) != null) {
        if (inOffice != null) {
          return null; // two office holders share the name: say nothing rather than guess
        }
        inOffice = candidate;
      }
    }
    boolean titled = c.titleBefore(m.firstToken()) != null;
    boolean named = c.tokens.get(m.firstToken()).ner().equals("PERSON");
    // A short name only one person in the dictionary bears ("Merz", "Xi") needs no title or NER
    // label to stand for its office holder; NER often misses short foreign names.
    boolean distinctive = bearers.size() == 1 && Character.isUpperCase(c.text.charAt(m.start()));
    if (c.date == null && bearers.size() == 1) {
      // Undated text (a quoted sentence, an archive snippet): the name's only bearer, whose office
      // cannot be checked, rather than nobody.
      inOffice = matched;
    } else if (c.date == null && oneCountry(bearers)) {
      // Bearers of one country ("Bush", "Clinton"): which one is unknown, but either's code on an
      // unknown date names the same state; the one in office last stands for them.
      inOffice = latestInOffice(bearers);
    }
    return inOffice != null && (titled || named || distinctive) ? inOffice : null;
  }

  private static boolean oneCountry(List<Person> people) {
    return people.stream().map(Person::country).distinct().count() == 1;
  }

  private static Person latestInOffice(List<Person> people) {
    Person latest = people.get(0);
    for (Person p : people) {
      if (!p.terms().isEmpty()
          && (latest.terms().isEmpty()
              || p.terms()
                  .get(p.terms().size() - 1)
                  .start()
                  .isAfter(latest.terms().get(latest.terms().size() - 1).start()))) {
        latest = p;
      }
    }
    return latest;
  }
}
