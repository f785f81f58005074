package org.readout.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article with every annotation layer the pipeline has added so far. Each layer is an explicit,
 * typed field; stages return a copy with their layer replaced ({@code withQuotes(...)}) and change
 * nothing else.
 *
 * <p>Lists are immutable; sentences, tokens, paragraphs and entities are sorted by span; actors by
 * first mention.
 */
public record AnnotatedArticle(
    Article article,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<Token> tokens,
    List<EntityMention> entities,
    List<Actor> actors,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Event> events,
    List<Flag> flags,
    List<DateCandidate> dateCandidates) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    events = List.copyOf(events);
    flags = List.copyOf(flags);
    dateCandidates = List.copyOf(dateCandidates);
  }

  /** An article with no annotations yet. */
  public static AnnotatedArticle of(Article article) {
    return new AnnotatedArticle(
        article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  public String text() {
    return article.text();
  }

  public AnnotatedArticle withArticle(Article a) {
    return new AnnotatedArticle(
        a,
        paragraphs,
        sentences,
        tokens,
        entities,
        actors,
        quotes,
        times,
        events,
        flags,
        dateCandidates);
  }

  public AnnotatedArticle withParagraphs(List<Paragraph> p) {
    return new AnnotatedArticle(
        article,
        p,
        sentences,
        tokens,
        entities,
        actors,
        quotes,
        times,
        events,
        flags,
        dateCandidates);
  }

  /** Replaces the three linguistic layers, which one analyzer produces together. */
  public AnnotatedArticle withAnalysis(List<Sentence> s, List<Token> t, List<EntityMention> e) {
    return new AnnotatedArticle(
        article, paragraphs, s, t, e, actors, quotes, times, events, flags, dateCandidates);
  }

  public AnnotatedArticle withActors(List<Actor> a) {
    List<Actor> sorted = new ArrayList<>(a);
    sorted.sort(Comparator.comparing(Actor::firstMention));
    return new AnnotatedArticle(
        article,
        paragraphs,
        sentences,
        tokens,
        entities,
        sorted,
        quotes,
        times,
        events,
        flags,
        dateCandidates);
  }

  public AnnotatedArticle withQuotes(List<Quote> q) {
    return new AnnotatedArticle(
        article,
        paragraphs,
        sentences,
        tokens,
        entities,
        actors,
        q,
        times,
        events,
        flags,
        dateCandidates);
  }

  public AnnotatedArticle withTimes(List<TimeExpression> t) {
    return new AnnotatedArticle(
        article,
        paragraphs,
        sentences,
        tokens,
        entities,
        actors,
        quotes,
        t,
        events,
        flags,
        dateCandidates);
  }

  public AnnotatedArticle withEvents(List<Event> e) {
    return new AnnotatedArticle(
        article,
        paragraphs,
        sentences,
        tokens,
        entities,
        actors,
        quotes,
        times,
        e,
        flags,
        dateCandidates);
  }

  public AnnotatedArticle withFlags(List<Flag> f) {
    return new AnnotatedArticle(
        article,
        paragraphs,
        sentences,
        tokens,
        entities,
        actors,
        quotes,
        times,
        events,
        f,
        dateCandidates);
  }

  public AnnotatedArticle withDateCandidates(List<DateCandidate> c) {
    return new AnnotatedArticle(
        article, paragraphs, sentences, tokens, entities, actors, quotes, times, events, flags, c);
  }

  /** The actor with this id, or null. */
  public @Nullable Actor actor(@Nullable String id) {
    if (id == null) {
      return null;
    }
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /**
   * Index of the first token ending after {@code offset}: the token containing it, or the next one;
   * {@code tokens().size()} when none does. A binary search over the sorted, disjoint tokens.
   */
  public int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The sentence containing {@code offset}, or null when it falls between sentences. */
  public @Nullable Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return sentences.get(mid);
      }
    }
    return null;
  }

  /** The paragraph containing {@code offset}, or null. */
  public @Nullable Paragraph paragraphAt(int offset) {
    int i = Paragraph.indexAt(paragraphs, offset);
    return i >= 0 && offset < paragraphs.get(i).span().end() ? paragraphs.get(i) : null;
  }
}
