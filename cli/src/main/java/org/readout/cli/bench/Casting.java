package org.readout.cli.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.readout.cli.bench.Cast.Nation;
import org.readout.cli.bench.Cast.Official;

/** Picks happenings: a family, two sides in office on the day, a place and a topic. */
final class Casting {
  /** Families by weight: talks and visits dominate the news, as they do in GDELT. */
  private static final Family[] FAMILIES = Family.values();

  private static final int[] WEIGHTS = {16, 10, 8, 8, 6, 10, 7, 8, 7, 7, 6, 7};

  /** Pairs that plausibly exchange fire; attacks are drawn only among them. */
  private static final List<String[]> HOSTILE =
      List.of(
          new String[] {"RUS", "UKR"},
          new String[] {"UKR", "RUS"},
          new String[] {"ISR", "IRN"},
          new String[] {"IRN", "ISR"},
          new String[] {"IND", "PAK"},
          new String[] {"PAK", "IND"});

  private final Cast cast;
  private final Templates templates;
  private final List<Nation> states;

  Casting(Cast cast, Templates templates) {
    this.cast = cast;
    this.templates = templates;
    this.states = cast.nations().stream().filter(n -> !n.international()).toList();
  }

  /** Fails now, not at article N, when {@code [from, to]} leaves the cast's terms. */
  void checkCovers(LocalDate from, LocalDate to) {
    for (LocalDate day : List.of(from, to)) {
      if (cast.serving(day, day).stream().map(Official::nation).distinct().count() < 2) {
        throw new IllegalArgumentException(
            "dates "
                + from
                + ".."
                + to
                + " leave the cast's terms in office; see the terms in cast.tsv (2024 to 2026)");
      }
    }
  }

  Family family(SplittableRandom random) {
    int total = 0;
    for (int w : WEIGHTS) {
      total += w;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < WEIGHTS.length; i++) {
      pick -= WEIGHTS[i];
      if (pick < 0) {
        return FAMILIES[i];
      }
    }
    throw new AssertionError();
  }

  /**
   * A happening of {@code family} on {@code day} whose officials are in office over {@code [from,
   * until]}.
   */
  Happening happening(
      SplittableRandom random, Family family, LocalDate day, LocalDate from, LocalDate until) {
    Party source;
    Party target;
    if (family.betweenOfficials()) {
      // International officials only call and meet: the other templates speak of their
      // citizens, exports and leaders, which a UN or NATO official does not have.
      List<Official> serving =
          cast.serving(from, until).stream()
              .filter(o -> family == Family.CONSULT || !cast.nation(o.nation()).international())
              .toList();
      if (serving.stream().map(Official::nation).distinct().count() < 2) {
        throw new IllegalArgumentException(
            "the cast has no two officials of different nations in office from "
                + from
                + " to "
                + until
                + "; see the terms in cast.tsv (2024 to 2026)");
      }
      Official a = serving.get(random.nextInt(serving.size()));
      Official b;
      do {
        b = serving.get(random.nextInt(serving.size()));
      } while (b.nation().equals(a.nation()));
      source = new Party(cast.nation(a.nation()), a);
      target = new Party(cast.nation(b.nation()), b);
    } else {
      Nation a;
      Nation b;
      if (family == Family.ATTACK) {
        String[] pair = HOSTILE.get(random.nextInt(HOSTILE.size()));
        a = cast.nation(pair[0]);
        b = cast.nation(pair[1]);
      } else {
        a = states.get(random.nextInt(states.size()));
        do {
          b = states.get(random.nextInt(states.size()));
        } while (b.equals(a));
      }
      source = new Party(a, cast.firstServing(a.code(), from, until));
      target = new Party(b, cast.firstServing(b.code(), from, until));
    }
    boolean atSource =
        switch (family) {
          case VISIT -> false;
          case CONSULT, AGREE -> random.nextBoolean();
          default -> true;
        };
    if ((atSource ? source : target).nation().international()) {
      atSource = !atSource;
    }
    String city = (atSource ? source : target).nation().capital();
    return new Happening(family, source, target, day, city, templates.pick("TOPIC", random));
  }

  /**
   * A background happening dated 3 to 25 days before {@code published}, not between {@code avoid}'s
   * sides.
   */
  Happening background(SplittableRandom random, LocalDate published, Happening avoid) {
    while (true) {
      LocalDate day = published.minusDays(3 + random.nextInt(23));
      Happening h = happening(random, family(random), day, day, published);
      if (!sameSides(h, avoid)) {
        return h;
      }
    }
  }

  static boolean sameSides(Happening a, Happening b) {
    String x = a.source().country();
    String y = a.target().country();
    String u = b.source().country();
    String v = b.target().country();
    return (x.equals(u) && y.equals(v)) || (x.equals(v) && y.equals(u));
  }

  List<Cast.Outlet> outlets() {
    return cast.outlets();
  }
}
