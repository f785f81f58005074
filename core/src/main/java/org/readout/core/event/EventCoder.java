package org.readout.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.Gazetteer;
import org.readout.core.event.SentenceCoder.Raw;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Place;
import org.readout.core.model.Sentence;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;
import org.readout.core.pipeline.Stage;
import org.readout.core.time.GoverningDates;

/**
 * The events stage: codes dyadic CAMEO events ("who did what to whom, when") from the actor, quote
 * and time layers and adds them as {@link AnnotatedArticle#events()}. Stateless and thread-safe;
 * build it once with {@link #bundled()} and share it.
 *
 * <p>For each sentence, patterns from {@link EventPatterns} find predicates; shallow syntax over
 * tokens and tags finds the source (subject) and target (object, or the actor after "with", "to",
 * "against", "on"), reads "X and Y" and "between X and Y" as both directions, swaps passive voice,
 * and skips negated, conditional and merely possible predicates. Future and committed statements
 * become intents (03x) or threats (13x). Inside a direct quote the speaker is the source only when
 * the speaker commits ("We will support ..."). The date is that of the nearest full-date time
 * expression (a date, or a time of day on a known day) in the sentence, else the last one earlier
 * in the paragraph, else the document date; dates after the document date are plans, not the date
 * of the statement, and are ignored. One event stated several times (same source, target and code)
 * is one {@link Event} with a {@code mentions} count; its span is the first statement's.
 *
 * <p>Cost: one hash lookup per token plus bounded scans around each match; a few milliseconds per
 * long article.
 */
public final class EventCoder implements Stage {
  private final CameoCodebook codebook;
  private final PatternMatcher matcher;
  private final Gazetteer gazetteer;
  private final @Nullable ArgumentParser parser;

  /** A coder that reads places only as country names (no gazetteer). */
  public EventCoder(CameoCodebook codebook, EventPatterns patterns) {
    this(codebook, patterns, Gazetteer.empty());
  }

  /**
   * @param gazetteer looks up the cities, regions and landmarks that locate events ({@link
   *     Event#location()}); share the instance the actor stage uses
   */
  public EventCoder(CameoCodebook codebook, EventPatterns patterns, Gazetteer gazetteer) {
    this(codebook, patterns, gazetteer, null);
  }

  /**
   * @param parser asked for a predicate's source or target only where the shallow reader finds none
   *     ({@link ArgumentParser}); null codes without it
   */
  public EventCoder(
      CameoCodebook codebook,
      EventPatterns patterns,
      Gazetteer gazetteer,
      @Nullable ArgumentParser parser) {
    this.parser = parser;
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.matcher = new PatternMatcher(Objects.requireNonNull(patterns, "patterns"));
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** The stage with the bundled codebook and pattern dictionary, without a gazetteer. */
  public static EventCoder bundled() {
    return bundled(Gazetteer.empty());
  }

  /** The stage with the bundled codebook and pattern dictionary and the given gazetteer. */
  public static EventCoder bundled(Gazetteer gazetteer) {
    CameoCodebook codebook = CameoCodebook.loadBundled();
    return new EventCoder(codebook, EventPatterns.loadBundled(codebook), gazetteer);
  }

  /**
   * The bundled stage that asks {@code parser} where its shallow reading finds no source or target
   * (the {@code --depparse} option).
   */
  public static EventCoder bundled(Gazetteer gazetteer, ArgumentParser parser) {
    CameoCodebook codebook = CameoCodebook.loadBundled();
    return new EventCoder(
        codebook,
        EventPatterns.loadBundled(codebook),
        gazetteer,
        Objects.requireNonNull(parser, "parser"));
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle in) {
    if (in.sentences().isEmpty() || in.tokens().isEmpty() || in.actors().isEmpty()) {
      return in.withEvents(List.of());
    }
    DocView view = new DocView(in);
    SentenceCoder coder = new SentenceCoder(view, matcher, parser == null ? null : parser.open(in));
    GoverningDates dates = usableDates(in);
    LocalDate docDate = in.article().date();
    ParticipantCodes codes = new ParticipantCodes(in);
    EventLocator locator = new EventLocator(view, gazetteer);
    Map<String, Event> events = new LinkedHashMap<>();
    Set<String> explicitDates = new HashSet<>();
    Paragraph paragraph = null;
    String carried = null;
    for (Sentence s : in.sentences()) {
      Paragraph p = in.paragraphAt(s.span().start());
      if (p == null || !p.equals(paragraph)) {
        carried = null;
        paragraph = p;
      }
      for (Raw r : coder.code(s)) {
        // Only expressions wholly inside the sentence date what it states.
        String date = dates.nearestDay(s.span(), r.predicate(), t -> s.span().contains(t.span()));
        String eventDate =
            date != null
                ? date
                : carried != null ? carried : docDate != null ? docDate.toString() : null;
        Place location = locator.locate(s, r.predicate(), r.target());
        add(codes, events, explicitDates, r, eventDate, date != null || carried != null, location);
      }
      String last = dates.lastDay(s.span(), t -> s.span().contains(t.span()));
      if (last != null && p != null) {
        carried = last;
      }
    }
    List<Event> out = new ArrayList<>(events.values());
    out.sort(Comparator.comparing(Event::span));
    return in.withEvents(out);
  }

  /**
   * Adds a statement, or counts it as one more mention of an event already seen. A date read from
   * the text replaces a document-date fallback: "on the 21st" says more than the publication date
   * does.
   */
  private void add(
      ParticipantCodes codes,
      Map<String, Event> events,
      Set<String> explicitDates,
      Raw r,
      @Nullable String date,
      boolean explicit,
      @Nullable Place location) {
    CameoCodebook.Code c = codebook.get(r.code());
    if (c == null) {
      return;
    }
    String key = r.source() + "\u0000" + r.target() + "\u0000" + r.code();
    Event old = events.get(key);
    boolean replaceDate = old != null && explicit && explicitDates.add(key);
    if (explicit) {
      explicitDates.add(key);
    }
    if (old != null) {
      events.put(
          key,
          new Event(
              old.source(),
              old.target(),
              old.sourceCode(),
              old.targetCode(),
              old.code(),
              old.rootCode(),
              old.quadClass(),
              old.goldstein(),
              replaceDate || old.date() == null ? date : old.date(),
              old.span(),
              old.mentions() + 1,
              Math.max(old.confidence(), r.confidence()),
              old.location() != null ? old.location() : location));
      return;
    }
    events.put(
        key,
        new Event(
            r.source(),
            r.target(),
            codes.code(r.source(), r.target(), c, false, location),
            codes.code(r.target(), r.source(), c, true, location),
            c.code(),
            c.root(),
            c.quadClass(),
            c.goldstein(),
            date,
            r.span(),
            1,
            r.confidence(),
            location));
  }

  /**
   * Full-date DATE expressions, and TIME expressions on a known day ("on Monday night" {@code
   * 2024-03-04TNI}, "Wednesday morning"), not after the document date, in text order. A time of day
   * names its day as surely as a date does: without it, an event told "on Monday night" in a later
   * paragraph fell back to the publication date (issue 8, session 11).
   */
  private static GoverningDates usableDates(AnnotatedArticle doc) {
    LocalDate docDate = doc.article().date();
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : doc.times()) {
      if ((t.kind() == TimeKind.DATE || t.kind() == TimeKind.TIME)
          && GoverningDates.isFullDate(t)
          && !GoverningDates.isPlan(t, docDate)) {
        out.add(t);
      }
    }
    return new GoverningDates(out);
  }
}
