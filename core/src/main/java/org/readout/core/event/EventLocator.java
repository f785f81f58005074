package org.readout.core.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.Gazetteer;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Place;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;

/**
 * Where an event happened (GDELT's ActionGeo): the place its sentence names after a locative
 * preposition ("a rally *in Ankara*", "clashes *near the town of* ..."), nearest the predicate;
 * else a place that is the event's target ("shelled Mariupol"). A city, region or landmark is
 * looked up in the gazetteer within the country its mention was resolved to; a country name is a
 * country-level place without coordinates. Null when the sentence names no place.
 */
final class EventLocator {
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "inside",
          "outside",
          "around",
          "across",
          "throughout",
          "within",
          "outskirts",
          "town",
          "city",
          "village",
          "region",
          "province");

  /** Words that may stand between the preposition and the place: "in northern Syria". */
  private static final Set<String> BETWEEN =
      Set.of(
          "the",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "north",
          "south",
          "east",
          "west",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "of",
          "capital",
          "port",
          "border",
          "frontline",
          "besieged");

  private final DocView view;
  private final Gazetteer gazetteer;

  EventLocator(DocView view, Gazetteer gazetteer) {
    this.view = view;
    this.gazetteer = gazetteer;
  }

  @Nullable Place locate(Sentence sentence, int predicate, @Nullable String target) {
    int first = view.doc.firstTokenEndingAfter(sentence.span().start());
    Place best = null;
    int bestDistance = Integer.MAX_VALUE;
    Place targetPlace = null;
    for (int i = first;
        i < view.tokens.size() && view.tokens.get(i).span().start() < sentence.span().end();
        i++) {
      MentionRef ref = view.mentionAt[i];
      if (ref == null || ref.first() != i) {
        continue;
      }
      Place p = place(ref);
      if (p == null) {
        continue;
      }
      int start = view.tokens.get(i).span().start();
      if (locative(i)) {
        int distance = Math.abs(start - predicate);
        if (distance < bestDistance) {
          best = p;
          bestDistance = distance;
        }
      } else if (targetPlace == null
          && start > predicate
          && ref.actorId().equals(target)
          && p.kind() != Place.Kind.COUNTRY) {
        targetPlace = p;
      }
      i = ref.last();
    }
    return best != null ? best : targetPlace;
  }

  /** True when a locative preposition stands before token {@code i}, over a few modifiers. */
  private boolean locative(int i) {
    for (int k = i - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
      String w = view.words[k];
      if (LOCATIVE.contains(w)) {
        return true;
      }
      if (!BETWEEN.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private @Nullable Place place(MentionRef ref) {
    Actor actor = view.doc.actor(ref.actorId());
    if (actor == null || actor.kind() == ActorKind.PERSON || actor.country() == null) {
      return null;
    }
    Span span = view.span(ref.first(), ref.last());
    String text = span.of(view.text);
    if (text.startsWith("the ") || text.startsWith("The ")) {
      text = text.substring(4);
    }
    String country = actor.country();
    if (actor.kind() == ActorKind.COUNTRY && ref.kind() == MentionKind.NAME) {
      return new Place(
          span, Place.Kind.COUNTRY, actor.name(), actor.name(), country, null, null, null, null);
    }
    boolean capital = actor.kind() == ActorKind.INSTITUTION && ref.kind() == MentionKind.METONYM;
    if (actor.kind() != ActorKind.PLACE && !capital) {
      return null;
    }
    Gazetteer.Entry e = gazetteer.inCountry(text, country);
    // A seat of government is no town that shares its name ("White House", Tennessee): a metonym
    // locates only as a landmark or a real city.
    if (e == null
        || (capital && e.kind() == Place.Kind.CITY && e.population() < Gazetteer.TOWN_POPULATION)) {
      return null;
    }
    String countryName = countryName(actor);
    String full =
        e.name()
            + (e.region() != null && !e.region().equals(e.name()) ? ", " + e.region() : "")
            + (countryName.equals(e.name()) ? "" : ", " + countryName);
    return new Place(
        span,
        e.kind(),
        e.name(),
        full,
        country,
        e.adm1(),
        e.latitude(),
        e.longitude(),
        e.featureId());
  }

  /** The name of the actor's country: the country actor's when the article names it. */
  private String countryName(Actor actor) {
    Actor c = view.doc.actor("country/" + actor.country());
    return c != null ? c.name() : Gazetteer.countryName(actor.country());
  }
}
