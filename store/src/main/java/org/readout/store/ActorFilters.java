package org.readout.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.model.ActorKind;

/**
 * Turns what a user types after {@code --actor}, {@code --source}, {@code --speaker} ... into an
 * {@link ActorMatch}: a CAMEO code prefix ({@code CHN}, {@code CHNGOV}), an ISO 3166 alpha-2 code
 * ({@code CN}, read as its alpha-3 {@code CHN}), or a name resolved through the actor dictionary
 * ({@code Putin}, {@code Vladimir Putin}, {@code China}, {@code NATO}). A name the dictionary does
 * not know still matches actors of that exact name in the store.
 */
public final class ActorFilters {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}(?:[A-Z]{3})*");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

  /** How many resolved filters are remembered; a server sees the same few again and again. */
  private static final int REMEMBERED = 4096;

  private final ActorDictionary dictionary;

  // Resolving walks the whole dictionary (every person's names and aliases), which a server did on
  // every request; the dictionary never changes, so a filter resolves the same way each time.
  private final java.util.concurrent.ConcurrentHashMap<String, ActorMatch> resolved =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ActorFilters(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The filter for {@code text}, or null for null text. Thread-safe. */
  public @Nullable ActorMatch resolve(@Nullable String text) {
    if (text == null) {
      return null;
    }
    ActorMatch known = resolved.get(text);
    if (known != null) {
      return known;
    }
    ActorMatch match = lookUp(text);
    if (resolved.size() >= REMEMBERED) {
      resolved.clear();
    }
    resolved.put(text, match);
    return match;
  }

  private ActorMatch lookUp(String text) {
    String typed = text.strip();
    if (typed.isEmpty()) {
      throw new IllegalArgumentException("an actor filter is empty");
    }
    Set<String> codes = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    if (CODE.matcher(typed).matches()) {
      codes.add(typed);
    } else if (ISO2.matcher(typed).matches()) {
      String alpha3 = alpha3(typed);
      if (alpha3 != null) {
        codes.add(alpha3);
      }
    }
    for (ActorDictionary.Person p : dictionary.people()) {
      if (named(typed, p.name(), p.shortName(), p.aliases())) {
        ids.add("person/" + p.id());
      }
    }
    for (ActorDictionary.Country c : dictionary.countries()) {
      List<String> other = new ArrayList<>(c.aliases());
      other.addAll(c.demonyms());
      if (named(typed, c.name(), c.code(), other)) {
        codes.add(c.code());
      }
    }
    for (ActorDictionary.Organization o : dictionary.organizations()) {
      if (named(typed, o.name(), o.id(), o.aliases())) {
        ids.add((o.kind() == ActorKind.AGENCY ? "agency/" : "org/") + o.id());
        if (o.code() != null) {
          codes.add(o.code());
        }
      }
    }
    // Code-shaped text (CHN, RUSGOV) is a code: matching it as a name as well would add an OR
    // that keeps SQLite from walking the code index in day order (a sort of every match instead).
    List<String> names =
        CODE.matcher(typed).matches() && !codes.isEmpty() ? List.of() : List.of(typed);
    return new ActorMatch(typed, List.copyOf(codes), List.copyOf(ids), names);
  }

  private static boolean named(String typed, String name, String other, List<String> aliases) {
    if (typed.equalsIgnoreCase(name) || typed.equalsIgnoreCase(other)) {
      return true;
    }
    for (String a : aliases) {
      if (typed.equalsIgnoreCase(a)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String alpha3(String alpha2) {
    try {
      String iso3 = new Locale("", alpha2).getISO3Country();
      return iso3.isEmpty() ? null : iso3;
    } catch (MissingResourceException e) {
      return null; // Not an ISO country: the text is still matched as a name.
    }
  }
}
