package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.pipeline.Stage;

/**
 * Finds every actor an article mentions and resolves each to one identity: dictionary names and
 * short names, titles ("Chinese President Xi Jinping"), descriptions ("the Chinese leader"),
 * metonyms ("the Kremlin"), nationality adjectives, role groups ("Russian troops"), groups of
 * actors ("the two leaders"), people the NER finds that the dictionary lacks, and personal
 * pronouns, each resolved to the most salient compatible person.
 *
 * <p>Codes depend on the document date: a person's code is that of the term in office on that date.
 *
 * <p>Thread-safe: the phrase index is built once in the constructor and only read afterwards.
 */
public final class ActorResolver implements Stage {
  final ActorDictionary dictionary;
  final Gazetteer gazetteer;
  final PhraseMatcher<Hit> matcher = new PhraseMatcher<>();
  final PronounResolver pronouns = new PronounResolver();

  /**
   * Everyone bearing a short name: "Lee" is Lee Jae-myung in one story and Lee Hsien Loong in
   * another.
   */
  final Map<String, List<Person>> peopleByShortName = new java.util.HashMap<>();

  /**
   * Nationalities, country names and group adjectives by their exact spelling, for the leader
   * inside one hyphenated token ("Vietnamese-led"), which phrase matching does not split.
   */
  final Map<String, Hit> leaderWords = new java.util.HashMap<>();

  /** Names of the roles "the X leader" can refer to, looked up per person mention. */
  final java.util.Set<String> leaderRoles = new java.util.HashSet<>();

  /** A resolver that knows no places beyond the dictionary's capitals. */
  public ActorResolver(ActorDictionary dictionary) {
    this(dictionary, Gazetteer.empty());
  }

  /**
   * @param gazetteer cities, regions and landmarks: a place the named-entity tagger marks as a
   *     location is a place actor of its country ({@link org.readout.core.model.ActorKind#PLACE})
   */
  public ActorResolver(ActorDictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
    for (Country c : dictionary.countries()) {
      Hit name = new Hit.CountryName(c);
      matcher.add(c.name(), name, false);
      c.aliases().forEach(a -> matcher.add(a, name, false));
      Hit demonym = new Hit.Demonym(c);
      c.demonyms().forEach(d -> matcher.add(d, demonym, false));
      c.demonyms().forEach(d -> leaderWords.putIfAbsent(d, demonym));
      leaderWords.putIfAbsent(c.name(), name);
      Hit metonym = new Hit.Metonym(c);
      c.metonyms().forEach(m -> matcher.add(m, metonym, false));
    }
    for (Person p : dictionary.people()) {
      Hit full = new Hit.PersonName(p, false);
      matcher.add(p.name(), full, false);
      p.aliases().forEach(a -> matcher.add(a, full, false));
      FamilyNameFirst.reordered(p).forEach(a -> matcher.add(a, full, false)); // "Ishiba Shigeru"
      matcher.add(p.shortName(), new Hit.PersonName(p, true), false);
      peopleByShortName.computeIfAbsent(p.shortName(), k -> new ArrayList<>()).add(p);
    }
    for (Organization o : dictionary.organizations()) {
      Hit org = new Hit.OrgName(o);
      matcher.add(o.name(), org, false);
      o.aliases().forEach(a -> matcher.add(a, org, false));
    }
    for (ActorDictionary.Group g : dictionary.groups()) {
      Hit noun = new Hit.GroupName(g, true);
      g.nouns().forEach(w -> matcher.add(w, noun, false));
      Hit adjective = new Hit.GroupName(g, false);
      g.adjectives().stream()
          .filter(w -> !g.nouns().contains(w))
          .forEach(w -> matcher.add(w, adjective, false));
      g.adjectives().forEach(w -> leaderWords.putIfAbsent(w, adjective));
    }
    AmbiguousCountries.register(dictionary, matcher);
    for (Role r : dictionary.roles()) {
      if (r.leader()) {
        leaderRoles.add(r.role());
      }
      for (String phrase : r.phrases()) {
        boolean plural =
            phrase.endsWith("s") && !phrase.endsWith("ss") && r.kind() == ActorKind.PERSON;
        matcher.add(phrase, new Hit.RoleWord(r, plural, phrase), true);
      }
    }
    matcher.freeze();
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle in) {
    if (in.tokens().isEmpty()) {
      return in.withActors(List.of());
    }
    return in.withActors(CollectiveReferences.add(in, new DocumentResolution(this, in).resolve()));
  }

  static @Nullable String genderOfRoleWord(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (p.contains("woman") || p.equals("queen") || p.equals("princess") || p.contains("wife")) {
      return "f";
    }
    if (p.endsWith("man") || p.equals("king") || p.equals("prince") || p.equals("emir")) {
      return "m";
    }
    return null;
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }
}
