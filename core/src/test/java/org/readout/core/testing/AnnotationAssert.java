package org.readout.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.Quote;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.Token;

/**
 * Checks that every layer of an annotated article is well formed: spans inside the text, sorted
 * layers, disjoint tokens, sentence token ranges consistent, and every actor id a quote or event
 * refers to present. Every stage test and golden test calls it.
 */
public final class AnnotationAssert {
  private AnnotationAssert() {}

  public static void assertWellFormed(AnnotatedArticle doc) {
    int n = doc.text().length();
    int prevEnd = 0;
    for (Token t : doc.tokens()) {
      inBounds(t.span(), n, "token");
      assertThat(t.span().start())
          .as("tokens disjoint and sorted at %s", t.span())
          .isGreaterThanOrEqualTo(prevEnd);
      prevEnd = t.span().end();
    }
    int prevToken = 0;
    for (Sentence s : doc.sentences()) {
      inBounds(s.span(), n, "sentence");
      assertThat(s.firstToken()).as("sentence token ranges contiguous").isEqualTo(prevToken);
      assertThat(s.endToken()).isLessThanOrEqualTo(doc.tokens().size());
      prevToken = s.endToken();
    }
    doc.paragraphs().forEach(p -> inBounds(p.span(), n, "paragraph"));
    doc.entities().forEach(e -> inBounds(e.span(), n, "entity"));
    Set<String> ids = new HashSet<>();
    for (Actor a : doc.actors()) {
      assertThat(ids.add(a.id())).as("actor id %s unique", a.id()).isTrue();
      assertThat(a.mentions()).as("actor %s has mentions", a.id()).isNotEmpty();
      for (Mention m : a.mentions()) {
        inBounds(m.span(), n, "mention of " + a.id());
      }
    }
    for (Actor a : doc.actors()) {
      assertThat(ids).as("members of %s", a.id()).containsAll(a.members());
    }
    for (Quote q : doc.quotes()) {
      inBounds(q.span(), n, "quote");
      if (q.speaker() != null) {
        assertThat(ids).as("quote speaker").contains(q.speaker());
      }
      if (q.via() != null) {
        assertThat(ids).as("quote via").contains(q.via());
      }
      if (q.speakerMention() != null) {
        inBounds(q.speakerMention(), n, "speaker mention");
      }
      if (q.cue() != null) {
        inBounds(q.cue(), n, "cue");
      }
      assertThat(q.confidence()).isBetween(0.0, 1.0);
    }
    sorted(doc.times().stream().map(TimeExpression::span).toList(), "times");
    doc.times().forEach(t -> inBounds(t.span(), n, "time"));
    for (Event e : doc.events()) {
      inBounds(e.span(), n, "event");
      assertThat(ids).as("event source").contains(e.source());
      if (e.target() != null) {
        assertThat(ids).as("event target").contains(e.target());
      }
      assertThat(e.mentions()).isPositive();
    }
    for (Flag f : doc.flags()) {
      inBounds(f.span(), n, "flag");
      if (f.other() != null) {
        inBounds(f.other(), n, "flag other");
      }
    }
  }

  private static void inBounds(Span s, int n, String what) {
    assertThat(s.end()).as("%s %s inside text of length %d", what, s, n).isLessThanOrEqualTo(n);
  }

  private static void sorted(List<Span> spans, String what) {
    for (int i = 1; i < spans.size(); i++) {
      assertThat(spans.get(i).compareTo(spans.get(i - 1)))
          .as("%s sorted at %s", what, spans.get(i))
          .isGreaterThanOrEqualTo(0);
    }
  }
}
