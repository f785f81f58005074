package org.readout.core.actor;

import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;

/** What a dictionary phrase found in the text stands for. */
sealed interface Hit {
  /** Ranks hits of equal length: a person's name beats a country's, a name beats a role word. */
  int priority();

  record CountryName(Country country) implements Hit {
    @Override
    public int priority() {
      return 5;
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
      return shortName ? 6 : 8;
    }
  }

  record OrgName(Organization organization) implements Hit {
    @Override
    public int priority() {
      return 7;
    }
  }

  record RoleWord(Role role, boolean plural, String phrase) implements Hit {
    @Override
    public int priority() {
      return 1;
    }
  }
}
