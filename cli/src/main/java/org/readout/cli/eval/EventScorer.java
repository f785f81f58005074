package org.readout.cli.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Scores coded events against gold at two levels: (source country, target country, root code) and
 * (source country, target country, full code). Each level compares the sets of such triples per
 * document, so an event stated twice counts once on both sides.
 */
final class EventScorer {
  /** Running totals over documents. Not thread-safe. */
  static final class Counts {
    int documents;
    int gold;
    int predicted;
    int goldRoot;
    int predictedRoot;
    int rootMatched;
    int codeMatched;

    /** Each predicted event, right when its (source, target, root) is in the gold. */
    final ConfidenceBands bands = new ConfidenceBands();

    /** The root-level errors by style and by root. */
    final EventBreakdown breakdown = new EventBreakdown();

    double precision(boolean root) {
      return Scores.ratio(root ? rootMatched : codeMatched, root ? predictedRoot : predicted);
    }

    double recall(boolean root) {
      return Scores.ratio(root ? rootMatched : codeMatched, root ? goldRoot : gold);
    }
  }

  void add(Counts c, EventGold gold, AnnotatedArticle doc) {
    Set<String> goldCode = new HashSet<>();
    Set<String> goldRoot = new HashSet<>();
    for (EventGold.Item g : gold.events()) {
      goldCode.add(key(country(g.source()), country(g.target()), g.code()));
      goldRoot.add(key(country(g.source()), country(g.target()), g.code().substring(0, 2)));
    }
    Set<String> predCode = new HashSet<>();
    Set<String> predRoot = new HashSet<>();
    for (Event e : doc.events()) {
      String s = country(doc.actor(e.source()), e.sourceCode());
      String t = e.target() == null ? "" : country(doc.actor(e.target()), e.targetCode());
      predCode.add(key(s, t, e.code()));
      predRoot.add(key(s, t, e.rootCode()));
      c.bands.add(e.confidence(), goldRoot.contains(key(s, t, e.rootCode())));
    }
    c.breakdown.add(gold.style(), goldRoot, predRoot);
    c.documents++;
    c.gold += goldCode.size();
    c.goldRoot += goldRoot.size();
    c.predicted += predCode.size();
    c.predictedRoot += predRoot.size();
    c.codeMatched += intersection(goldCode, predCode);
    c.rootMatched += intersection(goldRoot, predRoot);
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }

  private static String key(String source, String target, String code) {
    return source + "|" + target + "|" + code;
  }

  /**
   * The country of a gold actor code: its first three letters ("CHNGOV" → "CHN"), upper case; ""
   * for none.
   */
  static String country(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    return c.length() > 3 ? c.substring(0, 3) : c;
  }

  /**
   * The country of a predicted actor: its ISO country, else the start of its CAMEO code. An
   * international code wins over the actor's nationality: the UN's secretary-general acts for the
   * UN (IGO), not for his own country.
   */
  static String country(@Nullable Actor a, @Nullable String code) {
    String international = country(code);
    if (international.equals("IGO") || international.equals("NGO") || international.equals("IMG")) {
      return international;
    }
    if (a != null && a.country() != null) {
      return a.country().toUpperCase(Locale.ROOT);
    }
    return country(code);
  }
}
