package org.readout.story;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Place;

/**
 * Where an article says a happening took place, at the level stories compare: the kind, country,
 * first-level region and name of an event's action location ({@link Place}). Two reports of one
 * meeting name the same city; two meetings of the same pair on one day in two cities are two
 * happenings.
 *
 * @param kind {@code country}, {@code region}, {@code city} or {@code landmark}
 * @param country ISO alpha-3 code of its country
 * @param adm1 its first-level region ({@code UA12}), or null
 * @param name its name as the gazetteer has it ("Kyiv")
 */
public record StoryPlace(String kind, String country, @Nullable String adm1, String name)
    implements Comparable<StoryPlace> {
  private static final Comparator<StoryPlace> ORDER = Comparator.comparing(StoryPlace::toString);

  public StoryPlace {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
    if (name.contains("\n") || kind.contains("|") || country.contains("|")) {
      throw new IllegalArgumentException("bad place: " + name);
    }
  }

  /** The story place of an event's location. */
  public static StoryPlace of(Place p) {
    return new StoryPlace(p.kind().label(), p.country(), p.adm1(), p.name());
  }

  /** Whether it names a whole country, which says nothing beyond the country pair. */
  public boolean countryLevel() {
    return kind.equals("country");
  }

  /** The same place: same country and the same name (case and accents aside). */
  public boolean sameAs(StoryPlace o) {
    return country.equals(o.country) && fold(name).equals(fold(o.name));
  }

  /**
   * Whether the two cannot be where one happening took place: another country, or two different
   * cities (or regions) of one country. A city and its own region, a landmark and the city whose
   * region it shares, or a country and a place in it are compatible; so is anything whose region is
   * unknown beside a place of another kind.
   */
  public boolean conflicts(StoryPlace o) {
    if (!country.equals(o.country)) {
      return true;
    }
    if (sameAs(o) || countryLevel() || o.countryLevel()) {
      return false;
    }
    if (kind.equals(o.kind) && !kind.equals("landmark")) {
      return true;
    }
    return adm1 != null && o.adm1 != null && !adm1.equals(o.adm1);
  }

  /** {@code city|UKR|UA12|Kyiv}, the form {@link #parse} reads (an unknown region is empty). */
  @Override
  public String toString() {
    return kind + "|" + country + "|" + (adm1 == null ? "" : adm1) + "|" + name;
  }

  /** Reads {@link #toString()}'s form. */
  public static StoryPlace parse(String s) {
    String[] parts = s.split("\\|", 4);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not a place: " + s);
    }
    return new StoryPlace(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2], parts[3]);
  }

  @Override
  public int compareTo(StoryPlace o) {
    return ORDER.compare(this, o);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
