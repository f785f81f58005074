package org.readout.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.DocumentTargets.Act;
import org.readout.core.event.SentenceCoder.Raw;

/**
 * A response without a named object answers whoever acted on the responder's country just before:
 * "Valdoria sent warships near Kestria. Kestria protested." is Kestria's protest to Valdoria. A
 * response is a reaction (disapproval or rejection, roots 11 and 12) or a verb of responding
 * ({@link #RESPONSE_VERBS}), with no object or only an act noun or pronoun as object ("condemned
 * the move", "rejected it"). The act must be in this sentence or the one before, and done by one
 * actor only; else the target stays unknown.
 */
final class AnsweredActor implements DocumentTargets.Source {
  /** Verbs of responding to another's act, inflected. */
  static final Set<String> RESPONSE_VERBS = responseVerbs();

  private static Set<String> responseVerbs() {
    Set<String> out = new HashSet<>();
    for (String lemma :
        List.of(
            "protest",
            "condemn",
            "reject",
            "respond",
            "retaliate",
            "welcome",
            "denounce",
            "criticize",
            "criticise",
            "slam",
            "object",
            "complain",
            "lodge",
            "deplore",
            "decry")) {
      out.addAll(Inflector.verbForms(lemma));
    }
    return Set.copyOf(out);
  }

  private final DocView v;
  private final ObjectWindow window;
  private final TargetFinder finder;

  AnsweredActor(DocView v, ObjectWindow window, TargetFinder finder) {
    this.v = v;
    this.window = window;
    this.finder = finder;
  }

  @Override
  public List<String> targets(Act act) {
    if (!isResponse(v, window, finder, act)) {
      return List.of();
    }
    String country = DocumentTargets.countryOf(v, act.source());
    if (country == null) {
      return List.of();
    }
    for (int age = 0; age < act.earlier().size() && age <= 1; age++) {
      String found = actedOn(act.earlier().get(age), act.source(), country);
      if (found != null) {
        return List.of(found);
      }
    }
    return List.of();
  }

  /** The one foreign source that acted on {@code country} in {@code events}, or null. */
  private @Nullable String actedOn(List<Raw> events, String self, String country) {
    String found = null;
    for (Raw r : events) {
      if (r.source().equals(self)
          || r.target() == null
          || !country.equals(DocumentTargets.countryOf(v, r.target()))
          || country.equals(DocumentTargets.countryOf(v, r.source()))) {
        continue;
      }
      if (found != null && !found.equals(r.source())) {
        return null;
      }
      found = r.source();
    }
    return found;
  }

  /**
   * Whether the act is a response with no object of its own: a reaction or responding verb,
   * followed by nothing, a time, an act noun or "it".
   */
  static boolean isResponse(DocView v, ObjectWindow window, TargetFinder finder, Act act) {
    int root = CodeCombiner.root(act.code());
    // An apology or an expression of regret (055) is always owed to someone: with no object it is
    // a response to the other side, as a bare protest is.
    boolean reaction =
        root == 11
            || root == 12
            || act.code().equals("055")
            || RESPONSE_VERBS.contains(v.words[act.predicate().start()]);
    if (!reaction || act.governor() != null) {
      return false;
    }
    if (window.objectless(act)) {
      return true;
    }
    int i = act.predicate().end();
    return finder.actNoun(i, act.to()) >= 0
        || (v.words[i].equals("it") && !(i + 1 < act.to() && v.isVerb(i + 1)));
  }
}
