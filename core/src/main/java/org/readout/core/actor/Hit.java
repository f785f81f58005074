package org.readout.core.actor;

import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Group;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;

/** What a dictionary phrase found in the text stands for. */
sealed interface Hit {
  /**
   * Ranks hits of equal length: a person's full name beats an organization's, which beats a
   * country's, which beats a person's short name ("Montenegro" is the country before it is Luís
   * Montenegro); any name beats a role word.
   */
  int priority();

  record CountryName(Country country) implements Hit {
    @Override
    public int priority() {
      return 7;
    }
  }

  /**
   * A city, region or landmark of {@code country} that the gazetteer found ("Mariupol"); it names
   * its country where a role word needs one ("police in Mariupol", "an Istanbul court").
   */
  record PlaceName(Country country, Gazetteer.Entry place) implements Hit {
    @Override
    public int priority() {
      return 2;
    }
  }

  record Demonym(Country country) implements Hit {
    @Override
    public int priority() {
      return 3;
    }
  }

  record Metonym(Country country) implements Hit {
    @Override
    public int priority() {
      return 4;
    }
  }

  record PersonName(Person person, boolean shortName) implements Hit {
    @Override
    public int priority() {
      return shortName ? 6 : 9;
    }
  }

  record OrgName(Organization organization) implements Hit {
    @Override
    public int priority() {
      return 8;
    }
  }

  record RoleWord(Role role, boolean plural, String phrase) implements Hit {
    @Override
    public int priority() {
      return 1;
    }
  }

  /**
   * A word naming an ethnic or religious group: a noun ("Kurds"), which can stand alone as an
   * actor, or an adjective ("Kurdish"), which only qualifies a role word.
   */
  record GroupName(Group group, boolean noun) implements Hit {
    @Override
    public int priority() {
      return 3;
    }
  }

  /**
   * A country name or nationality that two countries share ("Korea", "Korean"); it is replaced,
   * once the article's other country names are known, by the country or demonym of the one the
   * article means ({@link AmbiguousCountries}).
   */
  record SharedName(java.util.List<Country> candidates, boolean demonym) implements Hit {
    @Override
    public int priority() {
      return 7;
    }
  }
}
