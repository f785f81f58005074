package org.readout.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.CameoCodebook;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.Quote;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.store.Corrections.Item;

/**
 * The edits behind {@link Corrections#apply}: each returns a copy of the document with one item
 * changed, removed or added. An item a reader fixed gets confidence 1.
 */
final class Edits {
  private Edits() {}

  static AnnotatedArticle change(
      AnnotatedArticle doc, Correction c, Item item, CameoCodebook codebook) {
    String p = c.proposed() == null ? null : c.proposed().strip();
    return switch (c.layer()) {
      case QUOTE -> changeQuote(doc, c, item.quote(), p);
      case EVENT -> changeEvent(doc, c, item.event(), p, codebook);
      case TIME -> {
        TimeExpression t = item.time();
        List<TimeExpression> times = new ArrayList<>(doc.times());
        int i = times.indexOf(t);
        if (c.field() == Correction.Field.REMOVE) {
          times.remove(i);
        } else {
          times.set(i, new TimeExpression(t.span(), Corrections.timeKind(p), p));
        }
        yield doc.withTimes(times);
      }
      case MENTION -> changeMention(doc, c, item, p);
      case FLAG -> {
        List<Flag> flags = new ArrayList<>(doc.flags());
        flags.remove(item.flag());
        yield doc.withFlags(flags);
      }
    };
  }

  private static AnnotatedArticle changeQuote(
      AnnotatedArticle doc, Correction c, Quote q, @Nullable String p) {
    List<Quote> quotes = new ArrayList<>(doc.quotes());
    int i = quotes.indexOf(q);
    switch (c.field()) {
      case REMOVE -> quotes.remove(i);
      case SPEAKER ->
          quotes.set(
              i,
              new Quote(
                  q.span(),
                  q.kind(),
                  p,
                  mentionNear(doc.actor(p), q.span()),
                  q.via(),
                  q.cue(),
                  1.0,
                  q.date()));
      case DATE ->
          quotes.set(
              i,
              new Quote(
                  q.span(), q.kind(), q.speaker(), q.speakerMention(), q.via(), q.cue(), 1.0, p));
      default -> {}
    }
    return doc.withQuotes(quotes);
  }

  private static AnnotatedArticle changeEvent(
      AnnotatedArticle doc, Correction c, Event e, @Nullable String p, CameoCodebook codebook) {
    List<Event> events = new ArrayList<>(doc.events());
    int i = events.indexOf(e);
    Event changed =
        switch (c.field()) {
          case SOURCE -> withSides(e, p, code(doc, p), e.target(), e.targetCode());
          case TARGET -> withSides(e, e.source(), e.sourceCode(), p, code(doc, p));
          case DIRECTION ->
              e.target() == null
                  ? e
                  : withSides(e, e.target(), e.targetCode(), e.source(), e.sourceCode());
          case CODE -> withCode(e, codebook.get(p));
          case DATE ->
              new Event(
                  e.source(),
                  e.target(),
                  e.sourceCode(),
                  e.targetCode(),
                  e.code(),
                  e.rootCode(),
                  e.quadClass(),
                  e.goldstein(),
                  p,
                  e.span(),
                  e.mentions(),
                  1.0,
                  e.location());
          default -> null;
        };
    if (changed == null) {
      events.remove(i);
    } else {
      events.set(i, changed);
    }
    return doc.withEvents(events);
  }

  private static Event withSides(
      Event e,
      String source,
      @Nullable String sourceCode,
      @Nullable String target,
      @Nullable String targetCode) {
    return new Event(
        source,
        target,
        sourceCode,
        targetCode,
        e.code(),
        e.rootCode(),
        e.quadClass(),
        e.goldstein(),
        e.date(),
        e.span(),
        e.mentions(),
        1.0,
        e.location());
  }

  private static Event withCode(Event e, CameoCodebook.@Nullable Code code) {
    if (code == null) {
      return e;
    }
    return new Event(
        e.source(),
        e.target(),
        e.sourceCode(),
        e.targetCode(),
        code.code(),
        code.root(),
        code.quadClass(),
        code.goldstein(),
        e.date(),
        e.span(),
        e.mentions(),
        1.0,
        e.location());
  }

  private static AnnotatedArticle changeMention(
      AnnotatedArticle doc, Correction c, Item item, @Nullable String p) {
    Actor owner = item.actor();
    Mention m = item.mention();
    List<Actor> actors = new ArrayList<>();
    for (Actor a : doc.actors()) {
      List<Mention> mentions = new ArrayList<>(a.mentions());
      if (a.id().equals(owner.id())) {
        mentions.remove(m);
      }
      if (c.field() == Correction.Field.ACTOR && a.id().equals(p)) {
        mentions.add(m);
      }
      // An actor left with no mention has no evidence in the text any more.
      if (!mentions.isEmpty()) {
        actors.add(a.withMentions(mentions));
      }
    }
    return doc.withActors(sortedByFirstMention(actors));
  }

  static AnnotatedArticle add(AnnotatedArticle doc, Correction c, CameoCodebook codebook) {
    String p = c.proposed() == null ? null : c.proposed().strip();
    Span span = c.span();
    switch (c.layer()) {
      case QUOTE -> {
        String speaker = Corrections.blank(p) ? null : p;
        List<Quote> quotes = new ArrayList<>(doc.quotes());
        quotes.add(
            new Quote(
                span,
                Corrections.ADDED_QUOTE,
                speaker,
                mentionNear(doc.actor(speaker), span),
                null,
                null,
                1.0,
                documentDate(doc)));
        quotes.sort(Comparator.comparing(Quote::span, Edits::bySpan));
        return doc.withQuotes(quotes);
      }
      case EVENT -> {
        String[] parts = p == null ? new String[0] : p.split("\\s+");
        CameoCodebook.Code code = parts.length < 2 ? null : codebook.get(parts[0]);
        if (code == null || doc.actor(parts[1]) == null) {
          return doc;
        }
        String target = parts.length > 2 && doc.actor(parts[2]) != null ? parts[2] : null;
        List<Event> events = new ArrayList<>(doc.events());
        events.add(
            new Event(
                parts[1],
                target,
                code(doc, parts[1]),
                code(doc, target),
                code.code(),
                code.root(),
                code.quadClass(),
                code.goldstein(),
                documentDate(doc),
                span,
                1,
                1.0));
        events.sort(Comparator.comparing(Event::span, Edits::bySpan));
        return doc.withEvents(events);
      }
      case TIME -> {
        List<TimeExpression> times = new ArrayList<>(doc.times());
        times.add(new TimeExpression(span, Corrections.timeKind(p), p));
        times.sort(Comparator.comparing(TimeExpression::span, Edits::bySpan));
        return doc.withTimes(times);
      }
      case MENTION -> {
        List<Actor> actors = new ArrayList<>();
        for (Actor a : doc.actors()) {
          if (a.id().equals(p)) {
            List<Mention> mentions = new ArrayList<>(a.mentions());
            mentions.add(new Mention(span, Corrections.ADDED_MENTION));
            actors.add(a.withMentions(mentions));
          } else {
            actors.add(a);
          }
        }
        return doc.withActors(sortedByFirstMention(actors));
      }
      case FLAG -> {
        return doc;
      }
    }
    return doc;
  }

  private static @Nullable String documentDate(AnnotatedArticle doc) {
    return doc.article().date() == null ? null : doc.article().date().toString();
  }

  private static @Nullable String code(AnnotatedArticle doc, @Nullable String actorId) {
    Actor a = doc.actor(actorId);
    return a == null ? null : a.code();
  }

  /** The actor's last mention before {@code span}, else its first; null without an actor. */
  private static @Nullable Span mentionNear(@Nullable Actor a, Span span) {
    if (a == null || a.mentions().isEmpty()) {
      return null;
    }
    Span best = a.mentions().get(0).span();
    for (Mention m : a.mentions()) {
      if (m.span().end() <= span.start()) {
        best = m.span();
      }
    }
    return best;
  }

  private static List<Actor> sortedByFirstMention(List<Actor> actors) {
    List<Actor> sorted = new ArrayList<>(actors);
    sorted.sort(Comparator.comparing(Actor::firstMention));
    return sorted;
  }

  private static int bySpan(Span a, Span b) {
    return a.start() != b.start()
        ? Integer.compare(a.start(), b.start())
        : Integer.compare(a.end(), b.end());
  }
}
