package org.readout.cli.eval;

import java.util.ArrayList;
import java.util.List;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * Gives the event stage the actors a PLV sentence marks: a marked span that no resolved actor
 * mention overlaps becomes an actor of its own, without code or country, so that "given the actors"
 * measures the predicate reading alone. Resolved actors are kept as they are.
 */
final class GivenActors {
  private GivenActors() {}

  /** {@code doc} (after the actor stage) with an actor for every uncovered marked span. */
  static AnnotatedArticle add(AnnotatedArticle doc, PlvSentence gold) {
    List<Actor> actors = new ArrayList<>(doc.actors());
    int n = 0;
    for (Span s : marked(gold)) {
      Span trimmed = trim(doc.text(), s);
      if (trimmed.start() >= trimmed.end() || covered(doc, trimmed)) {
        continue;
      }
      Mention m = new Mention(trimmed, MentionKind.NAME);
      actors.add(
          new Actor(
              "given/" + n++,
              trimmed.of(doc.text()),
              ActorKind.ORGANIZATION,
              null,
              null,
              null,
              null,
              List.of(m),
              List.of()));
    }
    return n == 0 ? doc : doc.withActors(actors);
  }

  private static List<Span> marked(PlvSentence gold) {
    List<Span> out = new ArrayList<>(gold.sources());
    out.addAll(gold.targets());
    return out;
  }

  private static boolean covered(AnnotatedArticle doc, Span s) {
    for (Actor a : doc.actors()) {
      for (Mention m : a.mentions()) {
        if (m.span().start() < s.end() && s.start() < m.span().end()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Span trim(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }
}
