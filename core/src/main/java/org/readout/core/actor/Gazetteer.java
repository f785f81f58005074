package org.readout.core.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Place;

/**
 * Place names and the countries they lie in: cities, first-level regions and landmarks. Built from
 * GeoNames data when the build fetched it (docs/places.md), and always from the hand-written {@code
 * places.tsv}, whose entries take precedence over GeoNames entries of the same name so that the
 * places it lists resolve the same with or without the download. Immutable and thread-safe.
 *
 * <p>Design decision: a name is resolved by population and by the countries the article names, as a
 * reader does: "Paris" in an article about Texas politics is still the French capital unless the
 * article's own Paris is the most populous candidate of its countries and the French one is not ten
 * times larger; a small town is a place only when the article names its country.
 */
public final class Gazetteer {
  /**
   * A place the gazetteer knows.
   *
   * @param name its name ("Mariupol")
   * @param kind city, region or landmark
   * @param country ISO 3166 alpha-3 code, or null for a name that is no single country's place
   *     ("Europe", "Middle East")
   * @param adm1 ISO alpha-2 code and GeoNames admin1 code ({@code UA05}), or null
   * @param region the first-level region's name, or null
   * @param population inhabitants, 0 when unknown
   * @param latitude degrees north, or null
   * @param longitude degrees east, or null
   * @param featureId GeoNames id, or null
   */
  public record Entry(
      String name,
      Place.Kind kind,
      @Nullable String country,
      @Nullable String adm1,
      @Nullable String region,
      long population,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @Nullable String featureId) {}

  /**
   * Countries whose first-level regions the world's news names as places of their own ("Florida",
   * "Punjab", "Bavaria"): such a region beats a small foreign town of the same name.
   */
  private static final Set<String> BIG_COUNTRIES =
      Set.of(
          "USA", "CAN", "AUS", "IND", "BRA", "MEX", "RUS", "CHN", "DEU", "NGA", "PAK", "ARG", "IDN",
          "JPN", "ZAF", "UKR");

  /**
   * Below this population a city is a town: it loses to a first-level region of the same name (see
   * resolve), and a seat-of-government metonym does not locate an event there.
   */
  public static final long TOWN_POPULATION = 100_000;

  /** Below this population a place of a country the article does not name is not trusted. */
  static final long MIN_UNSUPPORTED_POPULATION = 50_000;

  private static final String[] REGION_SUFFIXES = {
    " Oblast",
    " Province",
    " Governorate",
    " Region",
    " State",
    " Prefecture",
    " District",
    " County",
    " Krai",
    " Department",
    " Division",
    " Territory",
    " Municipality"
  };

  private static volatile @Nullable Gazetteer bundled;

  private final Map<String, List<Entry>> byKey;

  private Gazetteer(Map<String, List<Entry>> byKey) {
    this.byKey = byKey;
  }

  /** A gazetteer that knows no place. */
  public static Gazetteer empty() {
    return new Gazetteer(Map.of());
  }

  /**
   * The bundled gazetteer: {@code places.tsv} plus the GeoNames files the build fetched, loaded
   * once per process (about 135,000 cities take a fraction of a second and some 30 MB).
   */
  public static Gazetteer loadBundled() {
    Gazetteer g = bundled;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = bundled;
        if (g == null) {
          g = GazetteerLoader.loadBundled();
          bundled = g;
        }
      }
    }
    return g;
  }

  /**
   * A gazetteer over {@code handWritten} entries, which shadow {@code geonames} entries of the same
   * name, with region names also indexed without their suffix ("Donetsk Oblast", "Donetsk").
   */
  static Gazetteer of(Collection<Entry> handWritten, Collection<Entry> geonames) {
    Map<String, List<Entry>> own = index(handWritten);
    Map<String, List<Entry>> all = index(geonames);
    all.putAll(own);
    return new Gazetteer(all);
  }

  private static Map<String, List<Entry>> index(Collection<Entry> entries) {
    Map<String, List<Entry>> out = new HashMap<>();
    for (Entry e : entries) {
      out.computeIfAbsent(key(e.name()), k -> new ArrayList<>(1)).add(e);
      if (e.kind() == Place.Kind.REGION) {
        for (String suffix : REGION_SUFFIXES) {
          if (e.name().endsWith(suffix) && e.name().length() > suffix.length() + 2) {
            String bare = e.name().substring(0, e.name().length() - suffix.length());
            out.computeIfAbsent(key(bare), k -> new ArrayList<>(1)).add(e);
          }
        }
      }
    }
    return out;
  }

  /** Number of names indexed (for diagnostics and tests). */
  public int size() {
    return byKey.size();
  }

  /**
   * The place a name in an article stands for, or null: the most populous candidate in one of
   * {@code articleCountries} (ISO alpha-3), unless a candidate elsewhere is a city of a million and
   * ten times larger; without one, the most populous candidate when it has at least {@link
   * #MIN_UNSUPPORTED_POPULATION} inhabitants, or the only country all candidates share (regions,
   * towns of 5,000).
   */
  public @Nullable Entry resolve(String name, Set<String> articleCountries) {
    List<Entry> candidates = byKey.get(key(name));
    if (candidates == null) {
      return null;
    }
    Entry bestAll = null;
    Entry bestIn = null;
    Entry region = null;
    String onlyCountry = null;
    boolean oneCountry = true;
    for (Entry e : candidates) {
      if (e.country() == null) {
        return null; // listed as no single country's place
      }
      if (onlyCountry == null) {
        onlyCountry = e.country();
      } else if (!onlyCountry.equals(e.country())) {
        oneCountry = false;
      }
      if (better(e, bestAll)) {
        bestAll = e;
      }
      if (articleCountries.contains(e.country()) && better(e, bestIn)) {
        bestIn = e;
      }
      if (e.kind() == Place.Kind.REGION
          && rank(e, articleCountries) > rank(region, articleCountries)) {
        region = e;
      }
    }
    if (region != null
        && regionBeats(region, bestIn != null ? bestIn : bestAll, articleCountries)) {
      return region;
    }
    if (bestIn != null) {
      boolean dwarfed =
          bestAll.population() >= 1_000_000
              && bestAll.population() >= 10 * Math.max(1, bestIn.population());
      return dwarfed ? bestAll : bestIn;
    }
    boolean sizable = bestAll.kind() != Place.Kind.CITY || bestAll.population() >= 5_000;
    return bestAll.population() >= MIN_UNSUPPORTED_POPULATION || (oneCountry && sizable)
        ? bestAll
        : null;
  }

  /** A region of the article's countries first, then one of a big country; 0 for none. */
  private static int rank(@Nullable Entry region, Set<String> articleCountries) {
    if (region == null) {
      return 0;
    }
    return 1
        + (articleCountries.contains(region.country()) ? 2 : 0)
        + (BIG_COUNTRIES.contains(region.country()) ? 1 : 0);
  }

  /**
   * Whether a first-level region is meant rather than the city that population and the article's
   * countries would pick: a city of a million keeps its name ("New York"), and so does a city of
   * the region's own country unless it is a town of a big country; otherwise the region wins when
   * the article names its country, when it is a big country's region and the city a town ("Florida"
   * is the US state, not the Cuban town, even in a story about Cuba), or when the article names
   * neither country and the city is a town.
   */
  private static boolean regionBeats(Entry region, Entry rival, Set<String> articleCountries) {
    if (rival == region || rival.kind() != Place.Kind.CITY || rival.population() >= 1_000_000) {
      return false;
    }
    boolean town = rival.population() < TOWN_POPULATION;
    if (region.country().equals(rival.country())) {
      // Within one country the city keeps its name ("Kisumu", not Kisumu County), but a big
      // country's state beats a town of its name.
      return town && BIG_COUNTRIES.contains(region.country());
    }
    return articleCountries.contains(region.country())
        || (town && BIG_COUNTRIES.contains(region.country()))
        || (town && !articleCountries.contains(rival.country()));
  }

  /** The most populous place of that name in {@code country} (ISO alpha-3), or null. */
  public @Nullable Entry inCountry(String name, String country) {
    List<Entry> candidates = byKey.get(key(name));
    Entry best = null;
    if (candidates != null) {
      for (Entry e : candidates) {
        if (country.equals(e.country()) && better(e, best)) {
          best = e;
        }
      }
    }
    return best;
  }

  /** More inhabitants wins; a city beats a region of equal count (both unknown). */
  private static boolean better(Entry e, @Nullable Entry best) {
    if (best == null) {
      return true;
    }
    if (e.population() != best.population()) {
      return e.population() > best.population();
    }
    return e.kind() == Place.Kind.CITY && best.kind() != Place.Kind.CITY;
  }

  /**
   * The English name of a country by its ISO alpha-3 code (the JDK's), or the code itself: for
   * places whose country the article does not name.
   */
  public static String countryName(String iso3) {
    for (String alpha2 : Locale.getISOCountries()) {
      Locale l = new Locale("", alpha2);
      if (iso3.equals(l.getISO3Country())) {
        return l.getDisplayCountry(Locale.ENGLISH);
      }
    }
    return iso3;
  }

  /** Case, accents, curly apostrophes and hyphens do not distinguish names. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.replace('\u2019', '\'').replace('-', ' ').toLowerCase(Locale.ROOT).strip();
  }
}
