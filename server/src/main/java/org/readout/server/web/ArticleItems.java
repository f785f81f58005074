package org.readout.server.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.CameoCodebook;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Quote;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;

/**
 * Turns a document's layers into the {@link Item}s the article view highlights and lists. Refs are
 * the layer's letter and the evidence offsets ({@code q120-184}; a second item on the same span
 * gets {@code q120-184-2}), so a search result can link to {@code /documents/ID#ev-q120-184}
 * knowing only the stored row. Thread-safe.
 */
final class ArticleItems {
  private final CameoCodebook codebook;

  ArticleItems(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** Every item of {@code doc}, quotes first, then events, times, actors and flags. */
  List<Item> of(AnnotatedArticle doc) {
    List<Item> items = new ArrayList<>();
    String text = doc.text();
    Set<String> used = new HashSet<>();
    for (Quote q : doc.quotes()) {
      items.add(quote(doc, ref("q", q.span(), used), q));
    }
    for (Event e : doc.events()) {
      items.add(event(doc, ref("e", e.span(), used), e));
    }
    for (TimeExpression t : doc.times()) {
      items.add(time(text, ref("t", t.span(), used), t));
    }
    for (Actor a : doc.actors()) {
      Span first = a.mentions().isEmpty() ? new Span(0, 0) : a.firstMention().span();
      items.add(actor(text, ref("a", first, used), a));
    }
    for (Flag f : doc.flags()) {
      items.add(flag(text, ref("f", f.span(), used), f));
    }
    return items;
  }

  private static Item quote(AnnotatedArticle doc, String ref, Quote q) {
    String text = doc.text();
    Actor speaker = doc.actor(q.speaker());
    Actor via = doc.actor(q.via());
    String who = speaker == null ? "Unattributed" : speaker.name();
    List<String> parts = new ArrayList<>();
    parts.add(q.kind().label() + " quote");
    if (via != null) {
      parts.add("via: " + via.name());
    }
    if (q.cue() != null) {
      parts.add("cue: “" + of(text, q.cue()) + "”");
    }
    if (q.date() != null) {
      parts.add("said " + q.date());
    }
    Span mention = q.speakerMention();
    boolean pronoun = speaker != null && mention != null && isPronoun(speaker, mention);
    if (mention != null && pronoun) {
      parts.add("attributed through the pronoun “" + of(text, mention) + "”");
    }
    String line = String.join(" · ", parts);
    String details = "speaker: " + who + " · " + line;
    Map<String, String> links = new LinkedHashMap<>();
    List<Highlight> hs = new ArrayList<>();
    hs.add(new Highlight(q.span(), Layer.QUOTE, ref, "ev-" + ref, "main", details));
    if (mention != null) {
      String said = of(text, mention);
      links.put((pronoun ? "pronoun “" : "speaker “") + said + "”", "ev-" + ref + "-s");
      hs.add(
          new Highlight(
              mention,
              Layer.QUOTE,
              ref,
              "ev-" + ref + "-s",
              "speaker",
              "speaker: " + who + (pronoun ? " (through the pronoun “" + said + "”)" : "")));
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("speaker", q.speaker() == null ? "" : q.speaker());
    values.put("via", q.via() == null ? "" : q.via());
    values.put("kind", q.kind().label());
    values.put("date", q.date() == null ? "" : q.date());
    String headline = who + (via == null ? "" : " via " + via.name());
    return new Item(
        ref, Layer.QUOTE, q.span(), of(text, q.span()), headline, line, links, values, hs);
  }

  private Item event(AnnotatedArticle doc, String ref, Event e) {
    String text = doc.text();
    String source = name(doc, e.source(), e.sourceCode());
    String target = e.target() == null ? "—" : name(doc, e.target(), e.targetCode());
    CameoCodebook.Code code = codebook.get(e.code());
    String codeName = code == null ? "" : " " + code.name();
    String headline = source + " → " + target + " · " + e.code() + codeName;
    String line =
        (e.date() == null ? "undated" : e.date())
            + " · "
            + quadClassName(e.quadClass())
            + String.format(Locale.ROOT, " · Goldstein %+.1f", e.goldstein());
    String details = headline + " · " + line;
    Map<String, String> values = new LinkedHashMap<>();
    values.put("source", e.source());
    values.put("target", e.target() == null ? "" : e.target());
    values.put("code", e.code());
    values.put("date", e.date() == null ? "" : e.date());
    Highlight h = new Highlight(e.span(), Layer.EVENT, ref, "ev-" + ref, "main", details);
    return new Item(
        ref,
        Layer.EVENT,
        e.span(),
        of(text, e.span()),
        headline,
        line,
        Map.of(),
        values,
        List.of(h));
  }

  private static Item time(String text, String ref, TimeExpression t) {
    String kind = t.kind().name().toLowerCase(Locale.ROOT);
    String details = kind + " · " + t.value();
    Highlight h = new Highlight(t.span(), Layer.TIME, ref, "ev-" + ref, "main", details);
    return new Item(
        ref,
        Layer.TIME,
        t.span(),
        of(text, t.span()),
        t.value(),
        kind,
        Map.of(),
        Map.of("value", t.value()),
        List.of(h));
  }

  private static Item actor(String text, String ref, Actor a) {
    List<String> parts = new ArrayList<>();
    parts.add(a.kind().label());
    for (String s : new String[] {a.code(), a.country(), a.role()}) {
      if (s != null && !s.isBlank()) {
        parts.add(s);
      }
    }
    parts.add(a.mentions().size() + (a.mentions().size() == 1 ? " mention" : " mentions"));
    List<Highlight> hs = new ArrayList<>();
    for (int i = 0; i < a.mentions().size(); i++) {
      Mention m = a.mentions().get(i);
      String title = a.name() + " (" + m.kind().label() + ") · " + String.join(" · ", parts);
      hs.add(new Highlight(m.span(), Layer.ACTOR, ref, i == 0 ? "ev-" + ref : null, "main", title));
    }
    Span first = a.mentions().isEmpty() ? new Span(0, 0) : a.firstMention().span();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("id", a.id());
    values.put("name", a.name());
    values.put("kind", a.kind().label());
    return new Item(
        ref,
        Layer.ACTOR,
        first,
        of(text, first),
        a.name(),
        String.join(" · ", parts),
        Map.of(),
        values,
        hs);
  }

  private static Item flag(String text, String ref, Flag f) {
    String details = f.kind() + " · " + f.message();
    Map<String, String> links = new LinkedHashMap<>();
    List<Highlight> hs = new ArrayList<>();
    hs.add(new Highlight(f.span(), Layer.FLAG, ref, "ev-" + ref, "main", details));
    Span other = f.other();
    if (other != null) {
      links.put("conflicts with “" + Html.clip(of(text, other), 60) + "”", "ev-" + ref + "-o");
      hs.add(
          new Highlight(
              other, Layer.FLAG, ref, "ev-" + ref + "-o", "other", "conflicts: " + details));
    }
    return new Item(
        ref,
        Layer.FLAG,
        f.span(),
        of(text, f.span()),
        f.kind(),
        f.message(),
        links,
        Map.of("kind", f.kind()),
        hs);
  }

  /** The ref of an item of layer {@code letter} whose evidence is {@code span}. */
  static String ref(String letter, Span span, Set<String> used) {
    String base = letter + span.start() + "-" + span.end();
    String ref = base;
    for (int n = 2; !used.add(ref); n++) {
      ref = base + "-" + n;
    }
    return ref;
  }

  private static boolean isPronoun(Actor speaker, Span mention) {
    for (Mention m : speaker.mentions()) {
      if (m.span().equals(mention)) {
        return m.kind() == MentionKind.PRONOUN;
      }
    }
    return false;
  }

  private static String name(AnnotatedArticle doc, String id, @Nullable String code) {
    Actor a = doc.actor(id);
    if (a != null) {
      return a.name();
    }
    return code != null ? code : id;
  }

  /** The QuadClass in words (1..4). */
  static String quadClassName(int quadClass) {
    return switch (quadClass) {
      case 1 -> "verbal cooperation";
      case 2 -> "material cooperation";
      case 3 -> "verbal conflict";
      case 4 -> "material conflict";
      default -> "QuadClass " + quadClass;
    };
  }

  private static String of(String text, Span span) {
    int end = Math.min(span.end(), text.length());
    return span.start() >= end ? "" : text.substring(span.start(), end);
  }
}
