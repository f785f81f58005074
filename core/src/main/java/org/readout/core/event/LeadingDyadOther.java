package org.readout.core.event;

import java.util.List;
import org.readout.core.event.DocumentDyad.Side;
import org.readout.core.event.DocumentTargets.Act;

/**
 * The last resort for a response without an object ({@link AnsweredActor#isResponse}): "Kestria
 * retaliated", "Valdoria lodged a protest" in an article that is about two countries is addressed
 * to the other of them. Only when one pair dominates ({@link DocumentDyad#dominantPair}) and the
 * source's country is in it, and only when nothing follows as object.
 */
final class LeadingDyadOther implements DocumentTargets.Source {
  private final DocView v;
  private final ObjectWindow window;
  private final DocumentDyad dyad;
  private final TargetFinder finder;

  LeadingDyadOther(DocView v, ObjectWindow window, DocumentDyad dyad, TargetFinder finder) {
    this.v = v;
    this.window = window;
    this.dyad = dyad;
    this.finder = finder;
  }

  @Override
  public List<String> targets(Act act) {
    // Only a response with no object at all: "condemned the sanctions", "welcomed the decision"
    // name an act whose author the article may give as a body that is no country (the EU).
    if (!AnsweredActor.isResponse(v, window, finder, act) || !window.objectless(act)) {
      return List.of();
    }
    List<Side> pair = dyad.dominantPair(v.tokens.get(act.predicate().start()).span().start());
    Side other = DocumentDyad.otherOf(pair, DocumentTargets.countryOf(v, act.source()));
    return other == null ? List.of() : List.of(other.actorId());
  }
}
