package org.readout.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;
import org.readout.core.testing.SimpleAnalyzer;

/** Builds analyzed articles with hand-made actor, quote and time layers for event tests. */
final class EventFixtures {
  static final EventCoder CODER = EventCoder.bundled();
  private static final SimpleAnalyzer ANALYZER = new SimpleAnalyzer();

  private final String text;
  private final List<Actor> actors = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private LocalDate date = LocalDate.of(2024, 3, 15);

  private EventFixtures(String text) {
    this.text = text;
  }

  static EventFixtures article(String text) {
    return new EventFixtures(text);
  }

  /** An actor mentioned by every occurrence of each surface string (as NAME mentions). */
  EventFixtures actor(String id, ActorKind kind, String code, String country, String... surfaces) {
    List<Mention> mentions = new ArrayList<>();
    for (String s : surfaces) {
      int at = text.indexOf(s);
      while (at >= 0) {
        mentions.add(new Mention(new Span(at, at + s.length()), MentionKind.NAME));
        at = text.indexOf(s, at + s.length());
      }
    }
    if (!mentions.isEmpty()) {
      actors.add(new Actor(id, id, kind, code, country, null, null, mentions, List.of()));
    }
    return this;
  }

  /** A countryless person with a title ({@code role}, as the actor stage gives it), named once. */
  EventFixtures person(String id, String role, String surface) {
    int at = text.indexOf(surface);
    actors.add(
        new Actor(
            id,
            id,
            ActorKind.PERSON,
            null,
            null,
            role,
            null,
            List.of(new Mention(new Span(at, at + surface.length()), MentionKind.NAME)),
            List.of()));
    return this;
  }

  /**
   * Adds a pronoun or other mention at the {@code nth} (0-based) occurrence of {@code surface} to
   * an actor.
   */
  EventFixtures mention(String id, String surface, int nth, MentionKind kind) {
    int at = nthIndex(surface, nth);
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      if (a.id().equals(id)) {
        List<Mention> ms = new ArrayList<>(a.mentions());
        ms.add(new Mention(new Span(at, at + surface.length()), kind));
        actors.set(i, a.withMentions(ms));
      }
    }
    return this;
  }

  /** A group actor ("the two leaders") with members, mentioned at the nth occurrence of surface. */
  EventFixtures group(String id, String surface, int nth, String... members) {
    int at = nthIndex(surface, nth);
    actors.add(
        new Actor(
            id,
            id,
            ActorKind.GROUP,
            null,
            null,
            null,
            null,
            List.of(new Mention(new Span(at, at + surface.length()), MentionKind.GROUP)),
            List.of(members)));
    return this;
  }

  /** A direct quote covering the nth occurrence of {@code content}, spoken by {@code speaker}. */
  EventFixtures quote(String content, String speaker) {
    int at = text.indexOf(content);
    quotes.add(
        new Quote(
            new Span(at, at + content.length()),
            QuoteKind.DIRECT,
            speaker,
            null,
            null,
            null,
            0.9,
            null));
    return this;
  }

  /**
   * An indirect quote covering the first occurrence of {@code content}, spoken by {@code speaker}
   * and cued by the first occurrence of {@code cue} ("said").
   */
  EventFixtures reported(String content, String speaker, String cue) {
    int at = text.indexOf(content);
    int c = text.indexOf(cue);
    quotes.add(
        new Quote(
            new Span(at, at + content.length()),
            QuoteKind.INDIRECT,
            speaker,
            null,
            null,
            new Span(c, c + cue.length()),
            0.8,
            null));
    return this;
  }

  EventFixtures time(String surface, String value) {
    int at = text.indexOf(surface);
    times.add(new TimeExpression(new Span(at, at + surface.length()), TimeKind.DATE, value));
    return this;
  }

  /** A time of day on a known day ("Monday night", {@code 2024-03-11TNI}). */
  EventFixtures timeOfDay(String surface, String value) {
    int at = text.indexOf(surface);
    times.add(new TimeExpression(new Span(at, at + surface.length()), TimeKind.TIME, value));
    return this;
  }

  EventFixtures date(LocalDate d) {
    this.date = d;
    return this;
  }

  AnnotatedArticle build() {
    Article a =
        new Article(
            "test", null, text, date, date == null ? DateSource.NONE : DateSource.GIVEN, null);
    var analysis = ANALYZER.analyze(text);
    List<Paragraph> paragraphs = new ArrayList<>();
    int start = 0;
    for (String p : text.split("\n\n", -1)) {
      paragraphs.add(new Paragraph(new Span(start, start + p.length())));
      start += p.length() + 2;
    }
    return AnnotatedArticle.of(a)
        .withParagraphs(paragraphs)
        .withAnalysis(analysis.sentences(), analysis.tokens(), analysis.entities())
        .withActors(actors)
        .withQuotes(quotes)
        .withTimes(times);
  }

  AnnotatedArticle coded() {
    return CODER.apply(build());
  }

  private int nthIndex(String surface, int nth) {
    int at = text.indexOf(surface);
    for (int i = 0; i < nth; i++) {
      at = text.indexOf(surface, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException("no occurrence " + nth + " of " + surface);
    }
    return at;
  }
}
