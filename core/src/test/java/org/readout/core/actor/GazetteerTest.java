package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Place;

/** Place resolution by population and article countries, and the two file formats (issue 8). */
class GazetteerTest {
  static Gazetteer.Entry city(String name, String country, long population) {
    return new Gazetteer.Entry(
        name, Place.Kind.CITY, country, null, null, population, 1.0, 2.0, null);
  }

  static final Gazetteer WORLD =
      Gazetteer.of(
          List.of(
              new Gazetteer.Entry(
                  "Middle East", Place.Kind.LANDMARK, null, null, null, 0, null, null, null)),
          List.of(
              city("Paris", "FRA", 2_138_551),
              city("Paris", "USA", 24_782),
              city("Victoria", "CAN", 289_625),
              city("Victoria", "SYC", 22_881),
              city("Birmingham", "GBR", 984_333),
              city("Birmingham", "USA", 212_237),
              city("Smallville", "USA", 3_000),
              city("Smallville", "CAN", 2_000),
              new Gazetteer.Entry(
                  "Donetsk Oblast", Place.Kind.REGION, "UKR", "UA05", null, 0, null, null, null),
              new Gazetteer.Entry(
                  "Punjab", Place.Kind.REGION, "PAK", "PK04", null, 0, null, null, null),
              new Gazetteer.Entry(
                  "Punjab", Place.Kind.REGION, "IND", "IN23", null, 0, null, null, null)));

  @Test
  void theArticlesCountriesDecideUnlessTheOtherPlaceDwarfsIt() {
    assertThat(WORLD.resolve("Paris", Set.of()).country()).isEqualTo("FRA");
    // A Texas story's Paris is still the French capital: 2.1 million is 10 times 24,782.
    assertThat(WORLD.resolve("Paris", Set.of("USA")).country()).isEqualTo("FRA");
    assertThat(WORLD.resolve("Birmingham", Set.of("USA")).country()).isEqualTo("USA");
    assertThat(WORLD.resolve("Birmingham", Set.of()).country()).isEqualTo("GBR");
    assertThat(WORLD.resolve("Victoria", Set.of("SYC")).country()).isEqualTo("SYC");
  }

  static Gazetteer.Entry region(String name, String country, String adm1) {
    return new Gazetteer.Entry(name, Place.Kind.REGION, country, adm1, null, 0, null, null, null);
  }

  // Invented names: a state of a big country shares its name with towns abroad.
  static final Gazetteer STATES =
      Gazetteer.of(
          List.of(),
          List.of(
              region("Osterland", "USA", "US99"),
              city("Osterland", "CUB", 60_000),
              city("Osterland", "URY", 30_000),
              region("Nordmark", "URY", "UY98"),
              city("Nordmark", "ESP", 40_000),
              region("Grand Havel", "AUS", "AU97"),
              city("Grand Havel", "CAN", 300_000),
              region("Lakeport County", "KEN", "KE95"),
              city("Lakeport", "KEN", 400_000),
              region("Metropolis", "USA", "US96"),
              city("Metropolis", "USA", 8_000_000)));

  @Test
  void aBigCountrysRegionBeatsSmallTownsAbroadEvenInTheirCountrysStory() {
    assertThat(STATES.resolve("Osterland", Set.of()).adm1()).isEqualTo("US99");
    assertThat(STATES.resolve("Osterland", Set.of("CUB")).adm1()).isEqualTo("US99");
    assertThat(STATES.resolve("Osterland", Set.of("URY", "USA")).kind())
        .isEqualTo(Place.Kind.REGION);
    // A small country's region wins over a foreign town only when the article does not name the
    // town's country.
    assertThat(STATES.resolve("Nordmark", Set.of()).adm1()).isEqualTo("UY98");
    assertThat(STATES.resolve("Nordmark", Set.of("ESP")).country()).isEqualTo("ESP");
    // A real city keeps its name against a region abroad; a city of millions against its own state.
    assertThat(STATES.resolve("Grand Havel", Set.of("CAN")).country()).isEqualTo("CAN");
    assertThat(STATES.resolve("Grand Havel", Set.of("AUS")).country()).isEqualTo("AUS");
    assertThat(STATES.resolve("Metropolis", Set.of("USA")).kind()).isEqualTo(Place.Kind.CITY);
    assertThat(STATES.resolve("Lakeport", Set.of("KEN")).kind()).isEqualTo(Place.Kind.CITY);
  }

  @Test
  void smallOrAmbiguousPlacesNeedTheArticlesCountry() {
    assertThat(WORLD.resolve("Smallville", Set.of())).isNull();
    assertThat(WORLD.resolve("Smallville", Set.of("CAN")).country()).isEqualTo("CAN");
    assertThat(WORLD.resolve("Punjab", Set.of())).isNull();
    assertThat(WORLD.resolve("Punjab", Set.of("IND")).adm1()).isEqualTo("IN23");
  }

  @Test
  void regionsAnswerWithoutTheirSuffixAndNamesIgnoreCaseAndAccents() {
    assertThat(WORLD.resolve("Donetsk", Set.of()).name()).isEqualTo("Donetsk Oblast");
    assertThat(WORLD.resolve("PARÍS", Set.of()).country()).isEqualTo("FRA");
    assertThat(WORLD.inCountry("Paris", "USA").population()).isEqualTo(24_782);
    assertThat(WORLD.inCountry("Paris", "DEU")).isNull();
  }

  @Test
  void aNameListedAsNoCountrysPlaceIsNeverResolved() {
    assertThat(WORLD.resolve("Middle East", Set.of("ISR"))).isNull();
  }

  @Test
  void handWrittenEntriesShadowGeonamesOnes() {
    Gazetteer g =
        Gazetteer.of(List.of(city("Gaza", "PSE", 2_000_000)), List.of(city("Gaza", "XXX", 10)));
    assertThat(g.resolve("Gaza", Set.of("XXX")).country()).isEqualTo("PSE");
  }

  @Test
  void readsTheAllTheCitiesProtocolBufferRecords() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record(out, 701822, "Mariupol", "UA", "PPL", "05", 481626, 3754131, 4709514);
    record(out, 1, "Old Town", "UA", "PPLH", "05", 5000, 3754131, 4709514); // historical: skipped
    record(out, 709717, "Donetsk", "UA", "PPLA", "05", 1024700, 3780224, 4802300);
    List<Gazetteer.Entry> cities = new ArrayList<>();
    GazetteerLoader.readCities(out.toByteArray(), Map.of("UA.05", "Donetsk Oblast"), cities);
    assertThat(cities).hasSize(2);
    Gazetteer.Entry m = cities.get(0);
    assertThat(m.name()).isEqualTo("Mariupol");
    assertThat(m.country()).isEqualTo("UKR");
    assertThat(m.adm1()).isEqualTo("UA05");
    assertThat(m.region()).isEqualTo("Donetsk Oblast");
    assertThat(m.population()).isEqualTo(481626);
    assertThat(m.featureId()).isEqualTo("701822");
    assertThat(m.latitude()).isEqualTo(47.09514);
    assertThat(m.longitude()).isEqualTo(37.54131);
    assertThat(cities.get(1).latitude()).isEqualTo(48.023);
  }

  @Test
  void readsFirstLevelRegions() throws Exception {
    String json =
        "[{\"code\":\"UA.05\",\"name\":\"Donetsk Oblast\"},{\"code\":\"US.TX\",\"name\":\"Texas\"}]";
    List<Gazetteer.Entry> out = new ArrayList<>();
    Map<String, String> names =
        GazetteerLoader.readAdmin1(
            new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out);
    assertThat(names).containsEntry("US.TX", "Texas");
    assertThat(out).extracting(Gazetteer.Entry::country).containsExactly("UKR", "USA");
    assertThat(out.get(1).adm1()).isEqualTo("USTX");
  }

  @Test
  void handWrittenPlacesAreValidated() {
    String header = GazetteerLoader.PLACES_HEADER + "\n";
    assertThatThrownBy(
            () ->
                GazetteerLoader.readPlaces(
                    new StringReader(header + "Atlantis\t\ttown\tGRC\t\t1\t2\t3\n")))
        .hasMessageStartingWith("places.tsv:2: unknown kind");
    assertThatThrownBy(
            () ->
                GazetteerLoader.readPlaces(
                    new StringReader(header + "Atlantis\t\tcity\tGRC\t\t95\t2\t3\n")))
        .hasMessageContaining("out of range");
  }

  @Test
  void theBundledGazetteerKnowsTheHandWrittenPlacesWithOrWithoutGeonames() {
    Gazetteer g = Gazetteer.loadBundled();
    assertThat(g.resolve("Kiev", Set.of()).name()).isEqualTo("Kiev");
    assertThat(g.resolve("Kyiv", Set.of()).country()).isEqualTo("UKR");
    assertThat(g.resolve("Gaza Strip", Set.of()).country()).isEqualTo("PSE");
    assertThat(g.resolve("South China Sea", Set.of("CHN"))).isNull();
  }

  @Test
  void seatsOfGovernmentAreLandmarksNotTownsOfTheSameName() {
    Gazetteer g = Gazetteer.loadBundled();
    assertThat(g.inCountry("White House", "USA").kind()).isEqualTo(Place.Kind.LANDMARK);
    assertThat(g.inCountry("White House", "USA").adm1()).isEqualTo("USDC");
    assertThat(g.inCountry("Kremlin", "RUS").kind()).isEqualTo(Place.Kind.LANDMARK);
  }

  @Test
  void withGeonamesFloridaIsTheUsStateEvenInAStoryAboutCuba() {
    Gazetteer g = Gazetteer.loadBundled();
    Gazetteer.Entry florida = g.resolve("Florida", Set.of("CUB"));
    org.junit.jupiter.api.Assumptions.assumeTrue(florida != null, "GeoNames data not fetched");
    assertThat(florida.country()).isEqualTo("USA");
    assertThat(florida.kind()).isEqualTo(Place.Kind.REGION);
    assertThat(g.resolve("Florida", Set.of()).country()).isEqualTo("USA");
  }

  private static void record(
      ByteArrayOutputStream out,
      long id,
      String name,
      String country,
      String feature,
      String admin1,
      long population,
      long lon,
      long lat) {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    varint(m, 1 << 3);
    varint(m, (id << 1) ^ (id >> 63));
    string(m, 2, name);
    string(m, 3, country);
    string(m, 7, feature);
    string(m, 8, admin1);
    varint(m, 9 << 3);
    varint(m, population);
    long dLon = lon - lastLon;
    long dLat = lat - lastLat;
    lastLon = lon;
    lastLat = lat;
    varint(m, 10 << 3);
    varint(m, (dLon << 1) ^ (dLon >> 63));
    varint(m, 11 << 3);
    varint(m, (dLat << 1) ^ (dLat >> 63));
    varint(out, m.size());
    out.writeBytes(m.toByteArray());
  }

  private static long lastLon;
  private static long lastLat;

  private static void string(ByteArrayOutputStream m, int tag, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(m, (tag << 3) | 2);
    varint(m, b.length);
    m.writeBytes(b);
  }

  private static void varint(ByteArrayOutputStream m, long v) {
    while ((v & ~0x7fL) != 0) {
      m.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    m.write((int) v);
  }
}
