package org.readout.core.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.PatternMatcher.Match;
import org.readout.core.event.SentenceCoder.Raw;
import org.readout.core.model.Actor;

/**
 * The last target sources of {@link TargetFinder}, tried in order when the sentence itself names no
 * target: they read the article around the sentence, as a human coder does. Each is a small named
 * class:
 *
 * <ol>
 *   <li>{@link PairAddressee}: "urged both sides to", "the two neighbours", "its neighbour" are the
 *       article's two leading countries ({@link DocumentDyad}), or the other one of them;
 *   <li>{@link DefiniteCountryObject}: "accused it of", "warned the government" name the last
 *       foreign country the article named;
 *   <li>{@link AnsweredActor}: a response without an object ("Manila protested", "condemned the
 *       move") answers whoever acted on the source's country in this or the last sentence;
 *   <li>{@link LeadingDyadOther}: else such a response is addressed to the other side of the
 *       article's dominant pair of countries.
 * </ol>
 *
 * <p>Only for one source outside a quote; a source gives the empty list when it does not apply.
 */
final class DocumentTargets {
  /**
   * The act whose target is sought.
   *
   * @param source the one source actor id
   * @param governor the predicate governing this one ("urged X to ..."), or null
   * @param predicate the coded predicate
   * @param to the end of the sentence (exclusive token index)
   * @param code the CAMEO code as combined
   * @param earlier the events of this sentence so far, then of the sentences before, most recent
   *     first
   */
  record Act(
      String source,
      @Nullable Match governor,
      Match predicate,
      int to,
      String code,
      List<List<Raw>> earlier) {}

  /** One document-level target source. */
  interface Source {
    /** The target actor ids, or an empty list when this source does not apply. */
    List<String> targets(Act act);
  }

  private final List<Source> sources;

  DocumentTargets(DocView v, TargetFinder finder) {
    DocumentDyad dyad = new DocumentDyad(v);
    ObjectWindow window = new ObjectWindow(v);
    // A fallback to the one other country of the paragraph for directed acts was measured and
    // left out: no gain on events-test2 or the GSR triple (BENCHMARKS.md, h-targets session 13).
    this.sources =
        List.of(
            new PairAddressee(v, window, dyad),
            new DefiniteCountryObject(v, window),
            new AnsweredActor(v, window, finder),
            new LeadingDyadOther(v, window, dyad, finder));
  }

  /** The first non-empty answer of the sources in order, or an empty list. */
  List<String> targets(Act act) {
    for (Source s : sources) {
      List<String> ids = s.targets(act);
      if (!ids.isEmpty()) {
        return ids;
      }
    }
    return List.of();
  }

  /** The country of an actor, or null. */
  static @Nullable String countryOf(DocView v, @Nullable String id) {
    Actor a = v.doc.actor(id);
    return a == null ? null : a.country();
  }
}
