package org.readout.store.gdelt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Place;
import org.readout.core.model.Sentence;

/**
 * Writes an article's events as rows of the GDELT 2.0 Event table: the 61 GDELT columns in GDELT's
 * order with its code conventions, tab-separated, one event per line, no header, followed by three
 * columns of our own (evidence start and end offsets, document id), so that scripts reading GDELT
 * by column position read it unchanged. The mapping is documented in {@code docs/gdelt.md}.
 * Immutable and thread-safe.
 *
 * <p>Design decision: {@code DATEADDED} is passed in rather than read from a clock, so output is
 * reproducible: {@code extract} passes the document date (midnight UTC), the store the time the
 * document was ingested; null leaves the column empty.
 */
public final class GdeltWriter {
  /** The 61 GDELT 2.0 Event columns, then ours. */
  public static final List<String> COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "SQLDATE",
          "MonthYear",
          "Year",
          "FractionDate",
          "Actor1Code",
          "Actor1Name",
          "Actor1CountryCode",
          "Actor1KnownGroupCode",
          "Actor1EthnicCode",
          "Actor1Religion1Code",
          "Actor1Religion2Code",
          "Actor1Type1Code",
          "Actor1Type2Code",
          "Actor1Type3Code",
          "Actor2Code",
          "Actor2Name",
          "Actor2CountryCode",
          "Actor2KnownGroupCode",
          "Actor2EthnicCode",
          "Actor2Religion1Code",
          "Actor2Religion2Code",
          "Actor2Type1Code",
          "Actor2Type2Code",
          "Actor2Type3Code",
          "IsRootEvent",
          "EventCode",
          "EventBaseCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "NumMentions",
          "NumSources",
          "NumArticles",
          "AvgTone",
          "Actor1Geo_Type",
          "Actor1Geo_FullName",
          "Actor1Geo_CountryCode",
          "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code",
          "Actor1Geo_Lat",
          "Actor1Geo_Long",
          "Actor1Geo_FeatureID",
          "Actor2Geo_Type",
          "Actor2Geo_FullName",
          "Actor2Geo_CountryCode",
          "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code",
          "Actor2Geo_Lat",
          "Actor2Geo_Long",
          "Actor2Geo_FeatureID",
          "ActionGeo_Type",
          "ActionGeo_FullName",
          "ActionGeo_CountryCode",
          "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "ActionGeo_FeatureID",
          "DATEADDED",
          "SOURCEURL",
          "EvidenceStart",
          "EvidenceEnd",
          "DocumentId");

  /** Number of GDELT's own columns; ours follow. */
  public static final int GDELT_COLUMNS = 61;

  /**
   * CAMEO actor type codes; any other 3-letter chunk after the country is a known group ({@code
   * UNO}, {@code NAT}).
   */
  static final Set<String> TYPE_CODES =
      Set.of(
          "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
          "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "NGO",
          "IGO", "NGM", "REF", "RAD", "MOD", "SET", "IMG", "UIS", "LLY", "PRE", "PRM", "FRM", "CHR",
          "MUS", "JEW", "HIN", "BUD");

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
  private static final int GEO_COLUMNS = 8;

  private final @Nullable Instant dateAdded;

  /**
   * @param dateAdded written as every row's {@code DATEADDED} (UTC), or null for none
   */
  public GdeltWriter(@Nullable Instant dateAdded) {
    this.dateAdded = dateAdded;
  }

  /** The header line ({@code --header}): the {@link #COLUMNS} names, tab-separated. */
  public static String header() {
    return String.join("\t", COLUMNS);
  }

  /**
   * GDELT's NumMentions, NumSources and NumArticles of one row: one article's own count, or those
   * of the deduplicated event (story) the mention belongs to.
   */
  public record Counts(int mentions, int sources, int articles) {
    /** The counts of an event as one article states it. */
    public static Counts of(Event e) {
      return new Counts(e.mentions(), 1, 1);
    }
  }

  /** Writes one line per event of {@code doc}; nothing when it has none. */
  public void write(AnnotatedArticle doc, Appendable out) throws IOException {
    write(doc, out, Counts::of);
  }

  /** Writes one line per event of {@code doc}, with the counts {@code counts} gives each. */
  public void write(AnnotatedArticle doc, Appendable out, Function<Event, Counts> counts)
      throws IOException {
    for (Event e : doc.events()) {
      out.append(String.join("\t", row(doc, e, counts.apply(e)))).append('\n');
    }
  }

  /** The {@link #COLUMNS} values of one event, as strings (empty for unknown). */
  public List<String> row(AnnotatedArticle doc, Event e) {
    return row(doc, e, Counts.of(e));
  }

  /** The {@link #COLUMNS} values of one event with the given counts. */
  public List<String> row(AnnotatedArticle doc, Event e, Counts counts) {
    List<String> r = new ArrayList<>(COLUMNS.size());
    LocalDate date = date(doc, e);
    r.add(Long.toString(eventId(doc, e)));
    r.add(
        date == null
            ? ""
            : String.format(
                Locale.ROOT,
                "%04d%02d%02d",
                date.getYear(),
                date.getMonthValue(),
                date.getDayOfMonth()));
    r.add(
        date == null
            ? ""
            : String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue()));
    r.add(date == null ? "" : Integer.toString(date.getYear()));
    r.add(date == null ? "" : fractionDate(date));
    addActor(r, doc.actor(e.source()), e.sourceCode());
    addActor(r, doc.actor(e.target()), e.targetCode());
    r.add(isRoot(doc, e) ? "1" : "0");
    r.add(e.code());
    r.add(e.code().length() > 3 ? e.code().substring(0, 3) : e.code());
    r.add(e.rootCode());
    r.add(Integer.toString(e.quadClass()));
    r.add(Double.toString(e.goldstein()));
    r.add(Integer.toString(counts.mentions()));
    r.add(Integer.toString(counts.sources()));
    r.add(Integer.toString(counts.articles()));
    // AvgTone: empty, not 0. Readout scores no tone, and 0 would read as a measured neutral tone.
    r.add("");
    for (int i = 0; i < 2 * GEO_COLUMNS; i++) {
      r.add(""); // actor geography: not read
    }
    addGeo(r, e.location());
    r.add(dateAdded == null ? "" : DATE_ADDED.format(dateAdded.atOffset(ZoneOffset.UTC)));
    String url = doc.article().url();
    r.add(clean(url != null ? url : doc.article().id()));
    r.add(Integer.toString(e.span().start()));
    r.add(Integer.toString(e.span().end()));
    r.add(clean(doc.article().id()));
    return r;
  }

  /**
   * The ten actor columns: code, name, country, known group, ethnic, two religions, three types.
   */
  private static void addActor(List<String> r, @Nullable Actor actor, @Nullable String code) {
    String[] cols = new String[10];
    java.util.Arrays.fill(cols, "");
    if (code != null || actor != null) {
      cols[0] = code == null ? "" : code;
      cols[1] = actor == null ? "" : clean(actor.name().toUpperCase(Locale.ROOT));
      String country = actor == null ? null : actor.country();
      String rest = cols[0];
      if (country != null && rest.startsWith(country)) {
        cols[2] = country;
        rest = rest.substring(country.length());
      } else if (rest.length() >= 3
          && !TYPE_CODES.contains(rest.substring(0, 3))
          && country == null) {
        cols[2] = rest.substring(0, 3);
        rest = rest.substring(3);
      } else if (country != null) {
        cols[2] = country;
      }
      int type = 7;
      for (int i = 0; i + 3 <= rest.length(); i += 3) {
        String chunk = rest.substring(i, i + 3);
        if (TYPE_CODES.contains(chunk)) {
          if (type <= 9) {
            cols[type++] = chunk;
          }
        } else if (cols[3].isEmpty()) {
          cols[3] = chunk;
        }
      }
    }
    r.addAll(List.of(cols));
  }

  /**
   * The eight ActionGeo columns: type (1 country, 2 US state, 3 US city, 4 world city, 5 world
   * region; a landmark counts as a city), full name, country, ADM1, ADM2 (never read), latitude,
   * longitude, feature id. Country codes are ISO 3166 alpha-2 where GDELT writes FIPS 10-4 (they
   * differ for some countries; docs/gdelt.md).
   */
  private static void addGeo(List<String> r, @Nullable Place p) {
    if (p == null) {
      for (int i = 0; i < GEO_COLUMNS; i++) {
        r.add("");
      }
      return;
    }
    boolean us = p.country().equals("USA");
    int type =
        switch (p.kind()) {
          case COUNTRY -> 1;
          case REGION -> us ? 2 : 5;
          case CITY, LANDMARK -> us ? 3 : 4;
        };
    r.add(Integer.toString(type));
    r.add(clean(p.fullName()));
    r.add(alpha2(p));
    r.add(p.adm1() == null ? "" : p.adm1());
    r.add("");
    r.add(p.latitude() == null ? "" : coordinate(p.latitude()));
    r.add(p.longitude() == null ? "" : coordinate(p.longitude()));
    r.add(p.featureId() == null ? "" : p.featureId());
  }

  private static String coordinate(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  /** The ISO alpha-2 code of the place's country, from its ADM1 code or the JDK's table. */
  private static String alpha2(Place p) {
    if (p.adm1() != null && p.adm1().length() >= 2) {
      return p.adm1().substring(0, 2);
    }
    if (p.country().equals("XKX")) {
      return "XK";
    }
    for (String a2 : Locale.getISOCountries()) {
      if (new Locale("", a2).getISO3Country().equals(p.country())) {
        return a2;
      }
    }
    return "";
  }

  /**
   * GDELT's YYYY.FFFF: the year plus the share of it elapsed, counting 30-day months as GDELT does.
   */
  static String fractionDate(LocalDate d) {
    double f = ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", d.getYear() + f);
  }

  private static @Nullable LocalDate date(AnnotatedArticle doc, Event e) {
    if (e.date() != null && e.date().length() >= 10) {
      try {
        return LocalDate.parse(e.date().substring(0, 10));
      } catch (java.time.format.DateTimeParseException ignored) {
        // An unparsable event date falls back to the document date, as GDELT dates events by their
        // article.
      }
    }
    return doc.article().date();
  }

  /**
   * GDELT's root events are those in the lead paragraph; without paragraphs, the first sentence.
   */
  private static boolean isRoot(AnnotatedArticle doc, Event e) {
    if (!doc.paragraphs().isEmpty()) {
      Paragraph first = doc.paragraphs().get(0);
      return first.span().contains(e.span().start());
    }
    if (!doc.sentences().isEmpty()) {
      Sentence first = doc.sentences().get(0);
      return first.span().contains(e.span().start());
    }
    return false;
  }

  /**
   * A stable positive id from the document, the dyad, the code and the evidence offset (64-bit
   * FNV-1a).
   */
  static long eventId(AnnotatedArticle doc, Event e) {
    String key =
        doc.article().id()
            + "\u0000"
            + e.source()
            + "\u0000"
            + e.target()
            + "\u0000"
            + e.code()
            + "\u0000"
            + e.span().start();
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h & Long.MAX_VALUE;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
