package org.readout.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.CameoCodebook;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.model.TimeKind;
import org.readout.store.Correction.Field;
import org.readout.store.Correction.Layer;
import org.readout.store.CorrectionException.Reason;

/**
 * Checks proposed corrections against a document and applies accepted ones to it: a pure function
 * from (document, corrections) to the corrected document, so the store can apply the same
 * corrections to a document when they are accepted and again when it is extracted anew.
 *
 * <p>A correction applies when its span still holds the text it was proposed on and its item (found
 * by layer and span, events also by code) still exists; an addition applies when no item of its
 * layer is at its span yet. Corrections apply in the order they were made. Thread-safe.
 */
public final class Corrections {
  private static final Pattern TIMEX_VALUE = Pattern.compile("[A-Za-z0-9:.\\-_]{1,40}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final CameoCodebook codebook;

  public Corrections(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** Corrections checked against the bundled CAMEO codebook. */
  public static Corrections bundled() {
    return new Corrections(CameoCodebook.loadBundled());
  }

  /** A document after corrections, and the ids of those that changed it. */
  public record Applied(AnnotatedArticle document, Set<Long> applied) {
    public Applied {
      applied = Set.copyOf(applied);
    }
  }

  /**
   * What checking a draft found: the item's current value for the audit trail (null for an
   * addition), and for events the full {@link #eventKey} of the addressed event.
   */
  public record Checked(@Nullable String original, @Nullable String itemKey) {}

  /**
   * Checks {@code draft} against the stored {@code doc}.
   *
   * @throws CorrectionException naming the request field at fault
   */
  public Checked check(CorrectionDraft draft, AnnotatedArticle doc) {
    Span span = draft.span();
    if (span.end() > doc.text().length()) {
      throw bad("end", "the span ends after the document's text (" + doc.text().length() + ")");
    }
    if (!allowed(draft.layer(), draft.field())) {
      throw bad(
          "field",
          "a " + draft.layer().label() + " cannot be corrected by " + draft.field().label());
    }
    if (draft.field() == Field.COMMENT && blank(draft.comment())) {
      throw bad("comment", "a comment correction needs a comment");
    }
    Item item = find(doc, draft.layer(), span, draft.itemKey());
    if (draft.field() == Field.ADD) {
      if (item != null) {
        throw bad("start", "a " + draft.layer().label() + " is already at " + at(span));
      }
      checkAddition(draft, doc);
      return new Checked(null, null);
    }
    if (item == null) {
      throw bad("start", "no " + draft.layer().label() + " at " + at(span) + " in this document");
    }
    checkProposed(draft, doc, item);
    return new Checked(
        original(draft.field(), item, doc), item.event() == null ? null : eventKey(item.event()));
  }

  private void checkProposed(CorrectionDraft d, AnnotatedArticle doc, Item item) {
    String p = d.proposed();
    switch (d.field()) {
      case SPEAKER, SOURCE, TARGET, ACTOR -> requireActor(doc, p);
      case CODE -> requireCode(p);
      case DATE -> requireDate(p);
      case VALUE -> requireValue(p);
      case DIRECTION -> {
        if (item.event() != null && item.event().target() == null) {
          throw bad("field", "this event has no target, so it has no direction to reverse");
        }
      }
      case REMOVE, COMMENT, ADD -> {}
    }
  }

  private void checkAddition(CorrectionDraft d, AnnotatedArticle doc) {
    String p = d.proposed();
    switch (d.layer()) {
      case QUOTE -> {
        if (!blank(p)) {
          requireActor(doc, p);
        }
      }
      case EVENT -> {
        String[] parts = blank(p) ? new String[0] : p.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
          throw bad("proposed", "a missing event is \"CODE SOURCE [TARGET]\" (actor ids)");
        }
        requireCode(parts[0]);
        requireActor(doc, parts[1]);
        if (parts.length == 3) {
          requireActor(doc, parts[2]);
        }
      }
      case TIME -> requireValue(p);
      case MENTION -> requireActor(doc, p);
      case FLAG -> throw bad("field", "flags cannot be added");
    }
  }

  /** Applies the accepted corrections among {@code corrections} to {@code doc}, oldest first. */
  public Applied apply(AnnotatedArticle doc, List<Correction> corrections) {
    Set<Long> applied = new LinkedHashSet<>();
    List<Correction> ordered = new ArrayList<>(corrections);
    ordered.sort(Comparator.comparingLong(Correction::id));
    AnnotatedArticle out = doc;
    for (Correction c : ordered) {
      if (c.status() != Correction.Status.ACCEPTED || !holds(out, c)) {
        continue;
      }
      AnnotatedArticle next = applyOne(out, c);
      if (next != null) {
        out = next;
        applied.add(c.id());
      }
    }
    return new Applied(out, applied);
  }

  private static boolean holds(AnnotatedArticle doc, Correction c) {
    Span s = c.span();
    return s.end() <= doc.text().length() && s.of(doc.text()).equals(c.spanText());
  }

  /** The document with {@code c} applied, or null when its item is gone (or it changes nothing). */
  private @Nullable AnnotatedArticle applyOne(AnnotatedArticle doc, Correction c) {
    Item item = find(doc, c.layer(), c.span(), c.itemKey());
    if (c.field() == Field.COMMENT) {
      return null;
    }
    if (c.field() == Field.ADD) {
      return item != null ? null : Edits.add(doc, c, codebook);
    }
    if (item == null || !validFor(doc, c)) {
      return null;
    }
    return Edits.change(doc, c, item, codebook);
  }

  /** Whether an accepted correction's proposed actor or code still exists in the document. */
  private boolean validFor(AnnotatedArticle doc, Correction c) {
    return switch (c.field()) {
      case SPEAKER, SOURCE, TARGET, ACTOR -> doc.actor(c.proposed()) != null;
      case CODE -> c.proposed() != null && codebook.contains(c.proposed());
      default -> true;
    };
  }

  /** One item of a document, whichever its layer (exactly one field is set). */
  record Item(
      @Nullable Quote quote,
      @Nullable Event event,
      @Nullable TimeExpression time,
      @Nullable Actor actor,
      @Nullable Mention mention,
      @Nullable Flag flag) {}

  static @Nullable Item find(
      AnnotatedArticle doc, Layer layer, Span span, @Nullable String itemKey) {
    switch (layer) {
      case QUOTE -> {
        for (Quote q : doc.quotes()) {
          if (q.span().equals(span)) {
            return new Item(q, null, null, null, null, null);
          }
        }
      }
      case EVENT -> {
        for (Event e : doc.events()) {
          if (e.span().equals(span)
              && (itemKey == null
                  || itemKey.strip().equals(e.code())
                  || itemKey.strip().equals(eventKey(e)))) {
            return new Item(null, e, null, null, null, null);
          }
        }
      }
      case TIME -> {
        for (TimeExpression t : doc.times()) {
          if (t.span().equals(span)) {
            return new Item(null, null, t, null, null, null);
          }
        }
      }
      case MENTION -> {
        for (Actor a : doc.actors()) {
          for (Mention m : a.mentions()) {
            if (m.span().equals(span)) {
              return new Item(null, null, null, a, m, null);
            }
          }
        }
      }
      case FLAG -> {
        for (Flag f : doc.flags()) {
          if (f.span().equals(span)) {
            return new Item(null, null, null, null, null, f);
          }
        }
      }
    }
    return null;
  }

  /**
   * What tells apart events on the same evidence: their code and source ({@code "041
   * person/xi-jinping"}); a correction's {@code itemKey} is this or the code alone.
   */
  public static String eventKey(Event e) {
    return e.code() + " " + e.source();
  }

  static boolean allowed(Layer layer, Field field) {
    if (field == Field.REMOVE || field == Field.COMMENT) {
      return true;
    }
    return switch (layer) {
      case QUOTE -> field == Field.SPEAKER || field == Field.DATE || field == Field.ADD;
      case EVENT ->
          field == Field.SOURCE
              || field == Field.TARGET
              || field == Field.DIRECTION
              || field == Field.CODE
              || field == Field.DATE
              || field == Field.ADD;
      case TIME -> field == Field.VALUE || field == Field.ADD;
      case MENTION -> field == Field.ACTOR || field == Field.ADD;
      case FLAG -> false;
    };
  }

  /** The item's value that {@code field} changes, as the audit trail keeps it. */
  static @Nullable String original(Field field, Item item, AnnotatedArticle doc) {
    Quote q = item.quote();
    Event e = item.event();
    return switch (field) {
      case SPEAKER -> q == null ? null : q.speaker();
      case DATE -> q != null ? q.date() : e == null ? null : e.date();
      case SOURCE -> e == null ? null : e.source();
      case TARGET -> e == null ? null : e.target();
      case DIRECTION -> e == null ? null : e.source() + " -> " + e.target();
      case CODE -> e == null ? null : e.code();
      case VALUE -> item.time() == null ? null : item.time().value();
      case ACTOR -> item.actor() == null ? null : item.actor().id();
      case REMOVE, COMMENT -> summary(item);
      case ADD -> null;
    };
  }

  private static String summary(Item item) {
    if (item.quote() != null) {
      return "quote by " + item.quote().speaker();
    }
    if (item.event() != null) {
      Event e = item.event();
      return e.code() + " " + e.source() + " -> " + e.target();
    }
    if (item.time() != null) {
      return item.time().kind().label() + " " + item.time().value();
    }
    if (item.actor() != null) {
      return "mention of " + item.actor().id();
    }
    Flag f = item.flag();
    return f == null ? "" : f.kind();
  }

  private static void requireActor(AnnotatedArticle doc, @Nullable String id) {
    if (blank(id)) {
      throw bad("proposed", "name the actor (an actor id of this document)");
    }
    if (doc.actor(id.strip()) == null) {
      List<String> ids = doc.actors().stream().map(Actor::id).toList();
      throw bad("proposed", "not an actor of this document: " + id + " (its actors: " + ids + ")");
    }
  }

  private void requireCode(@Nullable String code) {
    if (blank(code) || !codebook.contains(code.strip())) {
      throw bad("proposed", "not a CAMEO event code: " + code);
    }
  }

  private static void requireDate(@Nullable String date) {
    if (!isoDate(date)) {
      throw bad("proposed", "not a date (YYYY, YYYY-MM or YYYY-MM-DD, a real one): " + date);
    }
  }

  private static void requireValue(@Nullable String value) {
    if (blank(value) || !TIMEX_VALUE.matcher(value.strip()).matches()) {
      throw bad("proposed", "not a TIMEX3 value (2025-01-21, 2025-W03, P3D, ...): " + value);
    }
  }

  /** Whether {@code s} is a real ISO year, month or day. */
  public static boolean isoDate(@Nullable String s) {
    if (blank(s)) {
      return false;
    }
    String t = s.strip();
    try {
      if (t.length() == 10) {
        LocalDate.parse(t);
        return true;
      }
      if (t.length() == 7) {
        YearMonth.parse(t);
        return true;
      }
      return YEAR.matcher(t).matches();
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static String at(Span s) {
    return "[" + s.start() + ", " + s.end() + ")";
  }

  private static CorrectionException bad(String field, String message) {
    return new CorrectionException(Reason.BAD_FIELD, field, message);
  }

  /** Kinds used for additions: what a reader selects is a direct quote, a named mention. */
  static final QuoteKind ADDED_QUOTE = QuoteKind.DIRECT;

  static final MentionKind ADDED_MENTION = MentionKind.NAME;

  static TimeKind timeKind(String value) {
    if (value.startsWith("P")) {
      return TimeKind.DURATION;
    }
    return value.contains("T") && !value.startsWith("XXXX-") ? TimeKind.TIME : TimeKind.DATE;
  }
}
