package org.readout.core.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;
import org.readout.core.testing.SimpleAnalyzer;

/**
 * Builds an analyzed article with hand-made actors for quote tests: the crude {@link
 * SimpleAnalyzer} for tokens and sentences, paragraphs from {@link ParagraphSplitter}, and mentions
 * placed with {@code indexOf} on the fixture text.
 */
final class QuoteFixture {
  private final String text;
  private final List<Actor> actors = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private LocalDate date;

  private QuoteFixture(String text) {
    this.text = text;
  }

  static QuoteFixture of(String... paragraphs) {
    return new QuoteFixture(String.join("\n\n", paragraphs));
  }

  String text() {
    return text;
  }

  /**
   * An actor mentioned at every whole-word occurrence of each surface, longer surfaces first, plus
   * the pronoun mentions given as {@code "He@2"} (the second "He" in the text).
   */
  QuoteFixture actor(String id, String name, ActorKind kind, String gender, String... surfaces) {
    return coded(id, name, kind, null, gender, surfaces);
  }

  /** As {@link #actor}, with a CAMEO code ({@code RUSMED} for "Russian state media"). */
  QuoteFixture coded(
      String id, String name, ActorKind kind, String code, String gender, String... surfaces) {
    List<Mention> mentions = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    actors.forEach(a -> a.mentions().forEach(m -> taken.add(m.span())));
    for (String s : surfaces) {
      if (s.contains("@")) {
        String word = s.substring(0, s.indexOf('@'));
        int nth = Integer.parseInt(s.substring(s.indexOf('@') + 1));
        mentions.add(new Mention(nth(word, nth), MentionKind.PRONOUN));
        continue;
      }
      for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        Span span = new Span(i, i + s.length());
        boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
        boolean wordEnd =
            span.end() == text.length() || !Character.isLetter(text.charAt(span.end()));
        if (wordStart && wordEnd && taken.stream().noneMatch(span::overlaps)) {
          taken.add(span);
          MentionKind mk =
              Character.isUpperCase(s.charAt(0)) ? MentionKind.NAME : MentionKind.DESCRIPTION;
          mentions.add(new Mention(span, s.startsWith("the ") ? MentionKind.DESCRIPTION : mk));
        }
      }
    }
    actors.add(new Actor(id, name, kind, code, null, null, gender, mentions, List.of()));
    return this;
  }

  QuoteFixture person(String id, String name, String gender, String... surfaces) {
    return actor(id, name, ActorKind.PERSON, gender, surfaces);
  }

  QuoteFixture agency(String id, String name, String... surfaces) {
    return actor(id, name, ActorKind.AGENCY, null, surfaces);
  }

  /** A DATE time expression with {@code value} at the first occurrence of {@code surface}. */
  QuoteFixture time(String surface, String value) {
    times.add(new TimeExpression(span(surface), TimeKind.DATE, value));
    times.sort(java.util.Comparator.comparing(TimeExpression::span));
    return this;
  }

  /** The document date. */
  QuoteFixture dated(LocalDate d) {
    date = d;
    return this;
  }

  /** The span of the {@code n}-th (1-based) whole occurrence of {@code word}. */
  Span nth(String word, int n) {
    int i = -1;
    for (int k = 0; k < n; k++) {
      i = text.indexOf(word, i + 1);
      if (i < 0) {
        throw new IllegalArgumentException(word + " occurs fewer than " + n + " times");
      }
    }
    return new Span(i, i + word.length());
  }

  /** The span of the first occurrence of {@code s}. */
  Span span(String s) {
    return nth(s, 1);
  }

  AnnotatedArticle doc() {
    Article article = Article.of("fixture", text);
    if (date != null) {
      article = article.withDate(date, DateSource.GIVEN);
    }
    AnnotatedArticle doc = AnnotatedArticle.of(article).withTimes(times);
    doc = new ParagraphSplitter().apply(doc);
    var a = new SimpleAnalyzer().analyze(text);
    return doc.withAnalysis(a.sentences(), a.tokens(), a.entities())
        .withActors(actors.stream().filter(x -> !x.mentions().isEmpty()).toList());
  }
}
