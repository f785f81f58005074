package org.readout.core.actor;

import java.util.HashSet;
import java.util.Set;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.EntityMention;
import org.readout.core.model.EntityType;
import org.readout.core.model.Place;
import org.readout.core.model.Token;

/**
 * Adds the places of one document to its dictionary hits: a span the named-entity tagger marks as a
 * location, that no dictionary phrase covers and that the gazetteer resolves, becomes a hit of its
 * country ("shelled Mariupol" names Ukraine). Candidates are weighed by the countries the article
 * names (its country names, nationality words and capitals).
 */
final class PlaceHits {
  /** The size a place must have when the tagger did not mark it as a location. */
  static final long UNTAGGED_POPULATION = 100_000;

  private static final Set<String> CALENDAR =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  private final MentionContext context;

  PlaceHits(MentionContext context) {
    this.context = context;
  }

  void find() {
    Gazetteer gazetteer = context.resolver.gazetteer;
    if (gazetteer.size() == 0) {
      return;
    }
    Set<String> countries = articleCountries();
    for (EntityMention e : context.doc.entities()) {
      if (e.type() == EntityType.LOCATION) {
        int first = context.doc.firstTokenEndingAfter(e.span().start());
        int end = first;
        while (end < context.tokens.size()
            && context.tokens.get(end).span().end() <= e.span().end()) {
          end++;
        }
        add(gazetteer, countries, first, end, 0);
      }
    }
    // The tagger misses many foreign towns, or calls them organizations ("shelled Kramatorsk"): a
    // run of proper nouns no other name covers is a place when the gazetteer knows a sizable one.
    for (int k = 0; k < context.tokens.size(); k++) {
      if (!properNoun(k)) {
        continue;
      }
      int end = k + 1;
      while (end < context.tokens.size() && properNoun(end)) {
        end++;
      }
      if (wholeEntity(k, end)) {
        add(gazetteer, countries, k, end, UNTAGGED_POPULATION);
      }
      k = end - 1;
    }
  }

  /**
   * Makes tokens {@code [first, end)} a place hit when no hit covers them and the gazetteer
   * resolves them to a place (a city of at least {@code minPopulation} inhabitants).
   */
  private void add(
      Gazetteer gazetteer, Set<String> countries, int first, int end, long minPopulation) {
    while (end > first && context.word(end - 1).equals("'s")) {
      end--;
    }
    if (end <= first || end > context.tokens.size() || context.coveredByHit(first, end)) {
      return;
    }
    int start = context.tokens.get(first).span().start();
    int stop = context.tokens.get(end - 1).span().end();
    Gazetteer.Entry place = gazetteer.resolve(context.text.substring(start, stop), countries);
    if (place == null || place.country() == null) {
      return;
    }
    if (place.kind() == Place.Kind.CITY && place.population() < minPopulation) {
      return;
    }
    Country country = context.dictionary.country(place.country());
    if (country != null) {
      context.hitAt.set(
          first, new Match<>(first, end, start, stop, new Hit.PlaceName(country, place)));
    }
  }

  /**
   * Whether tokens {@code [first, end)} are not part of a longer name: the tagger's label (an
   * organization, say) stops at both ends, and no capitalized word but a dictionary phrase adjoins
   * them ("the Bank of Nova Scotia" is a name of its own; "Mariupol Mayor" is a title).
   */
  private boolean wholeEntity(int first, int end) {
    String label = context.tokens.get(first).ner();
    for (int k = first; k < end; k++) {
      if (!context.tokens.get(k).ner().equals(label)) {
        return false;
      }
    }
    boolean labelled = !label.equals("O");
    if (first > 0) {
      Token before = context.tokens.get(first - 1);
      if ((labelled && before.ner().equals(label))
          || (capitalized(before) && !context.coveredByHit(first - 1, first))) {
        return false;
      }
    }
    if (end < context.tokens.size()) {
      Token after = context.tokens.get(end);
      if ((labelled && after.ner().equals(label))
          || (capitalized(after) && !context.coveredByHit(end, end + 1))) {
        return false;
      }
    }
    return true;
  }

  private boolean capitalized(Token t) {
    String w = t.span().of(context.text);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.tag().startsWith("NN");
  }

  /** A capitalized proper noun the tagger does not call a person, and no month or weekday. */
  private boolean properNoun(int k) {
    Token t = context.tokens.get(k);
    if (!t.tag().startsWith("NNP") || t.ner().equals("PERSON") || t.ner().equals("LOCATION")) {
      return false;
    }
    String w = context.word(k);
    return Character.isUpperCase(w.charAt(0))
        && w.length() > 2
        && !CALENDAR.contains(w.toLowerCase(java.util.Locale.ROOT));
  }

  /** The countries the document's dictionary hits name. */
  private Set<String> articleCountries() {
    Set<String> out = new HashSet<>();
    for (Match<Hit> m : context.hitAt) {
      if (m == null) {
        continue;
      }
      if (m.value() instanceof Hit.CountryName c) {
        out.add(c.country().code());
      } else if (m.value() instanceof Hit.Demonym d) {
        out.add(d.country().code());
      } else if (m.value() instanceof Hit.Metonym mt) {
        out.add(mt.country().code());
      }
    }
    return out;
  }
}
