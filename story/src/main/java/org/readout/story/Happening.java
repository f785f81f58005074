package org.readout.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated dyadic event an article reports, at the level stories compare: actor codes cut to
 * country and role ({@code CHNGOV}), the CAMEO root and the event's own full-day date (as the time
 * stage resolved it, not the publication date).
 *
 * @param source source actor key, country and role ({@code CHNGOV}, {@code RUS})
 * @param target target actor key
 * @param root two-digit CAMEO root
 * @param date the event's day
 */
public record Happening(String source, String target, String root, LocalDate date)
    implements Comparable<Happening> {
  public Happening {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(date, "date");
  }

  /**
   * The unordered pair of the two sides' countries ({@code CHN|RUS}): the candidate index's key, so
   * that "Xi called Putin" and "Putin spoke with Xi" meet.
   */
  public String pair() {
    String a = country(source);
    String b = country(target);
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /** Whether both sides belong to one country (a government and its own opposition). */
  public boolean domestic() {
    return country(source).equals(country(target));
  }

  /** The actor key of a CAMEO actor code: its first six letters (country and role). */
  public static String actorKey(String code) {
    return code.length() > 6 ? code.substring(0, 6) : code;
  }

  /** The country part of an actor key (its first three letters). */
  public static String country(String key) {
    return key.length() > 3 ? key.substring(0, 3) : key;
  }

  /** {@code CHNGOV>RUSGOV:04:2025-01-21}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    return source + ">" + target + ":" + root + ":" + date;
  }

  /** Reads {@link #toString()}'s form. */
  public static Happening parse(String s) {
    int gt = s.indexOf('>');
    int c1 = s.indexOf(':', gt);
    int c2 = s.indexOf(':', c1 + 1);
    if (gt < 0 || c1 < 0 || c2 < 0) {
      throw new IllegalArgumentException("not a happening: " + s);
    }
    return new Happening(
        s.substring(0, gt),
        s.substring(gt + 1, c1),
        s.substring(c1 + 1, c2),
        LocalDate.parse(s.substring(c2 + 1)));
  }

  @Override
  public int compareTo(Happening o) {
    return toString().compareTo(o.toString());
  }
}
