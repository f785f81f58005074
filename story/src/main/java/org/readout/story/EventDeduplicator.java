package org.readout.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;

/**
 * Merges a story's event mentions into {@link DedupEvent}s: one per source and target actor key
 * (country and role, {@code CHNGOV}), CAMEO root and date. An event mentioned by a retrospective
 * passage keeps its own (old) date, so it is never counted on the day of the report. Stateless.
 */
public final class EventDeduplicator {
  private record Key(String source, @Nullable String target, String root, @Nullable String date) {}

  private record Triple(String source, @Nullable String target, String root) {}

  /** The deduplicated events of one story, ordered by date, source, target and root. */
  public List<DedupEvent> dedup(String story, List<ReportedEvent> reported) {
    Map<Key, List<ReportedEvent>> groups = new LinkedHashMap<>();
    Map<Triple, Set<String>> datesOf = new TreeMap<>(TRIPLE_ORDER);
    for (ReportedEvent r : reported) {
      Key k = key(r.event());
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
      if (k.date() != null) {
        datesOf
            .computeIfAbsent(new Triple(k.source(), k.target(), k.root()), x -> new TreeSet<>())
            .add(k.date());
      }
    }
    List<DedupEvent> out = new ArrayList<>();
    for (Map.Entry<Key, List<ReportedEvent>> g : groups.entrySet()) {
      Key k = g.getKey();
      Set<String> other =
          new TreeSet<>(
              datesOf.getOrDefault(new Triple(k.source(), k.target(), k.root()), Set.of()));
      if (k.date() != null) {
        other.remove(k.date());
      }
      out.add(merge(story, k, g.getValue(), new ArrayList<>(other)));
    }
    out.sort(
        Comparator.comparing(DedupEvent::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DedupEvent::sourceCode)
            .thenComparing(DedupEvent::targetCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DedupEvent::rootCode)
            .thenComparing(DedupEvent::code));
    return out;
  }

  private static final Comparator<Triple> TRIPLE_ORDER =
      Comparator.comparing(Triple::source)
          .thenComparing(Triple::target, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Triple::root);

  static Key key(Event e) {
    return new Key(sourceKey(e), targetKey(e), e.rootCode(), e.date());
  }

  /** The source side a deduplicated event groups by: the actor key, else the actor id. */
  public static String sourceKey(Event e) {
    return e.sourceCode() != null ? Happening.actorKey(e.sourceCode()) : e.source();
  }

  /** The target side a deduplicated event groups by, or null for an event without a target. */
  public static @Nullable String targetKey(Event e) {
    return e.targetCode() != null ? Happening.actorKey(e.targetCode()) : e.target();
  }

  private static DedupEvent merge(
      String story, Key k, List<ReportedEvent> group, List<String> otherDates) {
    Set<String> articles = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    Map<String, Integer> codes = new TreeMap<>();
    int mentions = 0;
    LocalDate first = null;
    LocalDate last = null;
    List<EventLink> links = new ArrayList<>();
    for (ReportedEvent r : group) {
      Event e = r.event();
      articles.add(r.document());
      // An article without a known outlet is its own source: it is no evidence of a shared one.
      outlets.add(r.outlet() != null ? "o:" + r.outlet() : "d:" + r.document());
      codes.merge(e.code(), Math.max(1, e.mentions()), Integer::sum);
      mentions += Math.max(1, e.mentions());
      if (r.published() != null) {
        first = first == null || r.published().isBefore(first) ? r.published() : first;
        last = last == null || r.published().isAfter(last) ? r.published() : last;
      }
      links.add(
          new EventLink(
              r.document(), e.span().start(), e.span().end(), e.code(), e.date(), e.mentions()));
    }
    links.sort(Comparator.comparing(EventLink::document).thenComparingInt(EventLink::start));
    return new DedupEvent(
        story,
        k.source(),
        k.target(),
        mostSpecific(codes),
        k.root(),
        k.date(),
        articles.size(),
        outlets.size(),
        mentions,
        first,
        last,
        codes,
        otherDates,
        links);
  }

  /**
   * The most specific code the mentions support: a code is supported by the mentions of itself and
   * of every code that generalizes it ({@code 040}, consult unspecified, supports {@code 042}); the
   * code with the most support wins, then the longer (more specific) one, then the smaller.
   */
  static String mostSpecific(Map<String, Integer> unordered) {
    Map<String, Integer> codes = new TreeMap<>(unordered);
    String best = null;
    int bestSupport = -1;
    for (String c : codes.keySet()) {
      int support = 0;
      for (Map.Entry<String, Integer> m : codes.entrySet()) {
        if (c.startsWith(general(m.getKey()))) {
          support += m.getValue();
        }
      }
      if (support > bestSupport
          || (support == bestSupport
              && general(c).length() > general(Objects.requireNonNull(best)).length())) {
        best = c;
        bestSupport = support;
      }
    }
    return Objects.requireNonNull(best, "no codes");
  }

  /** The prefix a code stands for: {@code 040} (unspecified) is its root {@code 04}. */
  static String general(String code) {
    return code.length() == 3 && code.endsWith("0") ? code.substring(0, 2) : code;
  }
}
