package org.readout.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The nations, officials and outlets the synthetic corpus writes about, read from {@code cast.tsv}
 * beside this class. Immutable and thread-safe.
 */
final class Cast {
  /**
   * A country, or an international body (code starting {@code IGO}).
   *
   * @param name as written mid-sentence ("the United States")
   * @param adjective before a title or a noun ("U.S.", "Chinese", "UN")
   * @param capital a seat of government that stands for it
   * @param city another city
   */
  record Nation(String code, String name, String adjective, String capital, String city) {
    boolean international() {
      return code.startsWith("IGO");
    }
  }

  /**
   * An office holder.
   *
   * @param shortName the surname or short form news uses after the first mention
   * @param nation code of the {@link Nation} (or body) they serve
   * @param title as written before the name ("Foreign Minister")
   * @param code their CAMEO actor code in office
   * @param first first day the generator may date an article about them
   * @param last last such day
   */
  record Official(
      String name,
      String shortName,
      String nation,
      String title,
      String code,
      LocalDate first,
      LocalDate last) {
    boolean serves(LocalDate from, LocalDate to) {
      return !first.isAfter(from) && !last.isBefore(to);
    }
  }

  /** A news outlet: its name, web host and the styles it writes in. */
  record Outlet(String name, String host, Set<Style> styles) {}

  private final Map<String, Nation> nations;
  private final List<Official> officials;
  private final List<Outlet> outlets;

  private Cast(Map<String, Nation> nations, List<Official> officials, List<Outlet> outlets) {
    this.nations = nations;
    this.officials = List.copyOf(officials);
    this.outlets = List.copyOf(outlets);
  }

  private static final class Bundled {
    static final Cast CAST = parse(read("cast.tsv"));
  }

  /** The bundled cast, parsed once per class loader. */
  static Cast bundled() {
    return Bundled.CAST;
  }

  List<Nation> nations() {
    return List.copyOf(nations.values());
  }

  Nation nation(String code) {
    return Objects.requireNonNull(nations.get(code), code);
  }

  List<Official> officials() {
    return officials;
  }

  List<Outlet> outlets() {
    return outlets;
  }

  /** Officials in office over the whole of {@code [from, to]}. */
  List<Official> serving(LocalDate from, LocalDate to) {
    return officials.stream().filter(o -> o.serves(from, to)).toList();
  }

  /** The first official of {@code nation} in office over {@code [from, to]}, if any. */
  @Nullable Official firstServing(String nation, LocalDate from, LocalDate to) {
    for (Official o : officials) {
      if (o.nation().equals(nation) && o.serves(from, to)) {
        return o;
      }
    }
    return null;
  }

  static Cast parse(String text) {
    Map<String, Nation> nations = new LinkedHashMap<>();
    List<Official> officials = new ArrayList<>();
    List<Outlet> outlets = new ArrayList<>();
    String section = "";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = "cast.tsv:" + (i + 1) + ": ";
      switch (section) {
        case "[nations]" -> {
          check(f, 5, where);
          nations.put(f[0], new Nation(f[0], f[1], f[2], f[3], f[4]));
        }
        case "[officials]" -> {
          check(f, 7, where);
          if (!nations.containsKey(f[2])) {
            throw new IllegalArgumentException(where + "unknown nation " + f[2]);
          }
          officials.add(
              new Official(
                  f[0], f[1], f[2], f[3], f[4], LocalDate.parse(f[5]), LocalDate.parse(f[6])));
        }
        case "[outlets]" -> {
          check(f, 3, where);
          Set<Style> styles = EnumSet.noneOf(Style.class);
          for (String s : f[2].split("\\|", -1)) {
            styles.add(Style.valueOf(s.toUpperCase(Locale.ROOT)));
          }
          outlets.add(new Outlet(f[0], f[1], styles));
        }
        default -> throw new IllegalArgumentException(where + "line outside a section");
      }
    }
    return new Cast(nations, officials, outlets);
  }

  private static void check(String[] fields, int expected, String where) {
    if (fields.length != expected) {
      throw new IllegalArgumentException(
          where + "expected " + expected + " tab-separated fields, found " + fields.length);
    }
  }

  static String read(String resource) {
    try (InputStream in = Cast.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
