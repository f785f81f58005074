package org.readout.cli.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.readout.cli.bench.Cast.Official;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.event.CameoCodebook;
import org.readout.core.event.CameoCodebook.Code;
import org.readout.core.model.Event;
import org.readout.core.model.Span;

/**
 * Synthetic event and quote rows for query benchmarks, without articles or a database: row {@code
 * i} depends only on the seed and {@code i}. Actor codes combine the dictionary's countries with
 * CAMEO role codes ({@code CHNGOV}, {@code USAMIL}, {@code RUS}) and international bodies, drawn
 * from Zipf distributions so that a few actors and codes dominate, as in GDELT. Event codes come
 * from the bundled CAMEO codebook with its QuadClass and Goldstein values. Five events (and two
 * quotes) share a document on average; offsets are plausible, not real.
 *
 * <p>Quote speakers are the corpus cast's officials, drawn without regard to their terms: the rows
 * exercise queries, not facts. Immutable and thread-safe.
 */
public final class SyntheticEvents {
  /**
   * One coded event.
   *
   * @param start offset of its evidence in the (imaginary) document text, UTF-16 units
   * @param targetCode null for an event without a target (about one in twelve)
   * @param date the event date
   */
  public record EventRow(
      long id,
      String documentId,
      int start,
      int end,
      String sourceCode,
      @Nullable String targetCode,
      String code,
      String rootCode,
      int quadClass,
      double goldstein,
      LocalDate date) {

    /**
     * The row as a stored event with its evidence at {@code evidence}: actor ids {@code
     * code/SOURCE} (no dictionary entry behind them), one mention, confidence 0.9, no location.
     */
    public Event event(Span evidence) {
      return new Event(
          "code/" + sourceCode,
          targetCode == null ? null : "code/" + targetCode,
          sourceCode,
          targetCode,
          code,
          rootCode,
          quadClass,
          goldstein,
          date.toString(),
          evidence,
          1,
          0.9);
    }
  }

  /** One quote with its text, for full-text search. */
  public record QuoteRow(
      long id,
      String documentId,
      int start,
      int end,
      String speakerName,
      String speakerCode,
      String text,
      LocalDate date) {}

  public static final LocalDate DEFAULT_FROM = LocalDate.of(2022, 1, 1);
  public static final LocalDate DEFAULT_TO = LocalDate.of(2025, 12, 31);

  /** The countries most often in the news first; the dictionary's others follow in its order. */
  private static final List<String> LEADING_COUNTRIES =
      List.of(
          "USA", "CHN", "RUS", "UKR", "ISR", "GBR", "IRN", "IND", "FRA", "DEU", "JPN", "TUR", "PSE",
          "PAK", "KOR", "PRK", "SYR", "SAU", "EGY", "AFG", "IRQ", "CAN", "AUS", "BRA", "MEX", "ITA",
          "POL", "NGA", "ZAF", "LBN", "TWN", "PHL", "VNM", "IDN", "KEN", "ETH", "SDN", "VEN");

  private static final List<String> ROLES =
      List.of("GOV", "", "MIL", "OPP", "COP", "LEG", "JUD", "BUS", "MED", "REB", "CVL", "SPY");

  private static final List<String> BODIES =
      List.of("IGOUNO", "IGOEUR", "IGONAT", "IGOAFU", "IGOIAE", "IGOWHO", "IGOASN", "IGOG07");

  /** Codes as common in news as talks, visits, praise and criticism come first. */
  private static final List<String> LEADING_CODES =
      List.of(
          "040", "010", "042", "043", "036", "051", "020", "111", "112", "046", "057", "190", "173",
          "130", "163", "061", "071", "073", "141", "193", "195", "012", "013", "019", "030", "032",
          "050", "100", "120", "138", "183", "041", "0311", "1014", "1123", "172", "175");

  private final long seed;
  private final LocalDate from;
  private final long days;
  private final List<String> countries;
  private final List<Code> codes;
  private final List<Official> speakers;
  private final Zipf countryRank;
  private final Zipf roleRank;
  private final Zipf bodyRank;
  private final Zipf codeRank;
  private final Zipf speakerRank;
  private final Cast cast;
  private final List<Cast.Nation> nations;
  private final Casting casting;
  private final Templates templates;

  public SyntheticEvents(long seed) {
    this(seed, DEFAULT_FROM, DEFAULT_TO);
  }

  /** Rows dated {@code from} to {@code to}, inclusive. */
  public SyntheticEvents(long seed, LocalDate from, LocalDate to) {
    this.seed = seed;
    this.from = from;
    this.days = ChronoUnit.DAYS.between(from, to) + 1;
    ActorDictionary dictionary = ActorDictionaryLoader.loadBundled();
    Set<String> ranked = new LinkedHashSet<>(LEADING_COUNTRIES);
    dictionary.countries().forEach(c -> ranked.add(c.code()));
    this.countries = List.copyOf(ranked);
    CameoCodebook codebook = CameoCodebook.loadBundled();
    List<Code> ordered = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : LEADING_CODES) {
      Code code = codebook.get(c);
      if (code != null && seen.add(c)) {
        ordered.add(code);
      }
    }
    codebook.all().stream().filter(c -> seen.add(c.code())).forEach(ordered::add);
    this.codes = List.copyOf(ordered);
    this.templates = Templates.bundled();
    this.cast = Cast.bundled();
    this.nations = cast.nations();
    this.speakers = cast.officials();
    this.casting = new Casting(cast, templates);
    this.countryRank = new Zipf(countries.size(), 1.1);
    this.roleRank = new Zipf(ROLES.size(), 1.2);
    this.bodyRank = new Zipf(BODIES.size(), 1.0);
    this.codeRank = new Zipf(codes.size(), 1.0);
    this.speakerRank = new Zipf(speakers.size(), 0.8);
  }

  /** Event row {@code index}; ids are the index. */
  public EventRow event(long index) {
    SplittableRandom random = Seeds.of(seed, 1, index);
    long document = index / 5;
    Code code = codes.get(codeRank.sample(random));
    String source = actor(random);
    String target = random.nextInt(12) == 0 ? null : actor(random);
    while (source.equals(target)) {
      target = actor(random);
    }
    int start = (int) (index % 5) * 700 + random.nextInt(600);
    return new EventRow(
        index,
        documentId(document),
        start,
        start + 20 + random.nextInt(120),
        source,
        target,
        code.code(),
        code.root(),
        code.quadClass(),
        code.goldstein(),
        documentDate(document).minusDays(random.nextInt(4)));
  }

  /** Quote row {@code index}; ids are the index, two quotes a document. */
  public QuoteRow quote(long index) {
    SplittableRandom random = Seeds.of(seed, 2, index);
    long document = index / 2;
    Official speaker = speakers.get(speakerRank.sample(random));
    LocalDate day = documentDate(document);
    Cast.Nation home = cast.nation(speaker.nation());
    Cast.Nation other = nations.get(random.nextInt(nations.size()));
    if (other.equals(home)) {
      other = nations.get((nations.indexOf(other) + 1) % nations.size());
    }
    Happening h =
        new Happening(
            casting.family(random),
            new Party(home, speaker),
            new Party(other, null),
            day,
            home.capital(),
            templates.pick("TOPIC", random));
    Scene scene = Scene.of(templates, random, h, Style.WIRE, "", "", new HashSet<>());
    StringBuilder text = new StringBuilder(scene.render("{Q}.", 0));
    for (int n = random.nextInt(3); n > 0; n--) {
      text.append(' ')
          .append(
              Scene.capitalize(
                  scene.render(random.nextBoolean() ? "{Q}." : "On {TOPIC}, {C}.", 0)));
    }
    int start = (int) (index % 2) * 1500 + random.nextInt(1000);
    return new QuoteRow(
        index,
        documentId(document),
        start,
        start + text.length(),
        speaker.name(),
        speaker.code(),
        text.toString(),
        day);
  }

  public Iterator<EventRow> events(long count) {
    return rows(count, this::event);
  }

  public Iterator<QuoteRow> quotes(long count) {
    return rows(count, this::quote);
  }

  /** Event rows {@code 0..count-1}, lazily; parallel streams give the same rows. */
  public Stream<EventRow> eventStream(long count) {
    return LongStream.range(0, count).mapToObj(this::event);
  }

  public Stream<QuoteRow> quoteStream(long count) {
    return LongStream.range(0, count).mapToObj(this::quote);
  }

  /** The country codes by rank: {@code countries().get(0)} is drawn most often. */
  public List<String> countries() {
    return countries;
  }

  /** The id of document {@code n}, shared by its events and quotes. */
  public String documentId(long n) {
    return "synthetic-doc-" + seed + "-" + n;
  }

  /** The publication date of document {@code n}. */
  public LocalDate documentDate(long n) {
    return from.plusDays(Math.floorMod(Seeds.mix(seed ^ Seeds.mix(n)), days));
  }

  private String actor(SplittableRandom random) {
    if (random.nextInt(100) < 8) {
      return BODIES.get(bodyRank.sample(random));
    }
    return countries.get(countryRank.sample(random)) + ROLES.get(roleRank.sample(random));
  }

  private static <T> Iterator<T> rows(long count, LongFunction<T> row) {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return row.apply(next++);
      }
    };
  }
}
