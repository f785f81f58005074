package org.readout.server.web;

import java.util.List;
import java.util.Map;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Span;

/**
 * The correction forms of one document's article view. Each form's fields are named as the keys of
 * the JSON body of {@code POST /api/corrections} ({@code document}, {@code layer}, {@code start},
 * {@code end}, {@code code}, {@code field}, {@code proposed}, {@code comment}, {@code author});
 * {@code corrections.js} posts them with the bearer token the reader types in. Actor fields offer
 * the document's actors.
 *
 * <p>Design decision: the forms need JavaScript (a browser form cannot send a bearer token), which
 * is fine since only reading must work without it; without JavaScript they show, and say so.
 */
final class ProposalForms implements CorrectionForms {
  private final String documentId;
  private final String text;
  private final List<Actor> actors;

  ProposalForms(AnnotatedArticle doc) {
    this.documentId = doc.article().id();
    this.text = doc.text();
    this.actors = doc.actors();
  }

  /** The fields a layer's items can be corrected by, value to label, first the usual one. */
  private static Map<String, String> fields(Layer layer) {
    return switch (layer) {
      case QUOTE ->
          ordered(
              "speaker",
              "Another speaker",
              "date",
              "Another date",
              "remove",
              "Not a quote",
              "comment",
              "Comment only");
      case EVENT ->
          ordered(
              "code",
              "Another event code",
              "source",
              "Another source",
              "target",
              "Another target",
              "direction",
              "Reverse the direction",
              "date",
              "Another date",
              "remove",
              "Not an event",
              "comment",
              "Comment only");
      case TIME ->
          ordered(
              "value",
              "Another normalized value",
              "remove",
              "Not a time expression",
              "comment",
              "Comment only");
      case ACTOR ->
          ordered(
              "actor",
              "Another actor",
              "remove",
              "Not a mention of this actor",
              "comment",
              "Comment only");
      case FLAG -> ordered("remove", "Not a conflict", "comment", "Comment only");
    };
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** The store's name of a layer: an actor item is corrected one mention at a time. */
  static String storeLayer(Layer layer) {
    return layer == Layer.ACTOR ? "mention" : layer.key();
  }

  @Override
  public String form(Item item) {
    StringBuilder b =
        new StringBuilder("<details class=\"correct\"><summary>Mark wrong…</summary>");
    b.append("<form class=\"correction\" method=\"post\" action=\"/api/corrections\">");
    hidden(b, "documentId", documentId);
    hidden(b, "layer", storeLayer(item.layer()));
    if (item.layer() == Layer.ACTOR && item.highlights().size() > 1) {
      // An actor has many mentions; the reader says which one is wrong.
      b.append("<label>Mention <select name=\"span\">");
      for (Highlight h : item.highlights()) {
        Span s = h.span();
        b.append("<option value=\"")
            .append(s.start())
            .append('-')
            .append(s.end())
            .append("\">")
            .append(
                Html.esc(
                    Html.clip(text.substring(s.start(), Math.min(s.end(), text.length())), 40)))
            .append(" [")
            .append(s.start())
            .append(", ")
            .append(s.end())
            .append(")</option>");
      }
      b.append("</select></label>");
    } else {
      hidden(b, "start", String.valueOf(item.span().start()));
      hidden(b, "end", String.valueOf(item.span().end()));
    }
    if (item.layer() == Layer.EVENT) {
      // Events may share evidence: the store tells them apart by code and source.
      hidden(b, "itemKey", item.values().get("code") + " " + item.values().get("source"));
    }
    b.append("<label>What is wrong <select name=\"field\">");
    fields(item.layer())
        .forEach(
            (value, label) ->
                b.append("<option value=\"")
                    .append(value)
                    .append("\">")
                    .append(label)
                    .append("</option>"));
    b.append("</select></label>");
    proposed(b, item.layer());
    common(b);
    return b.append("</form></details>").toString();
  }

  @Override
  public String missing(Layer layer) {
    if (layer == Layer.FLAG) {
      return "";
    }
    String what =
        switch (layer) {
          case QUOTE -> "quote (the fix: its speaker, or nothing)";
          case EVENT -> "event (the fix: CODE SOURCE [TARGET], actor ids)";
          case TIME -> "time expression (the fix: its value, e.g. 2025-01-21)";
          default -> "mention (the fix: the actor)";
        };
    StringBuilder b =
        new StringBuilder("<details class=\"correct missing\"><summary>Report a missed ");
    b.append(Html.esc(what.substring(0, what.indexOf(' '))))
        .append("…</summary><form class=\"correction\" method=\"post\" action=\"/api/corrections\"")
        .append(" data-selection=\"true\">");
    hidden(b, "documentId", documentId);
    hidden(b, "layer", storeLayer(layer));
    hidden(b, "field", "add");
    b.append("<p class=\"hint\">Select the text in the article, then describe the missed ")
        .append(Html.esc(what))
        .append(".</p><label>Selected text <input name=\"selection\" readonly")
        .append(" placeholder=\"select text in the article\"></label>");
    hidden(b, "start", "");
    hidden(b, "end", "");
    proposed(b, layer);
    common(b);
    return b.append("</form></details>").toString();
  }

  private void proposed(StringBuilder b, Layer layer) {
    b.append("<label>Proposed value <input name=\"proposed\" autocomplete=\"off\"")
        .append(" list=\"actors-of-document\"></label>");
    if (layer == Layer.QUOTE || layer == Layer.EVENT || layer == Layer.ACTOR) {
      b.append("<label>Or an actor of this article <select name=\"actor\">")
          .append("<option value=\"\">—</option>");
      for (Actor a : actors) {
        b.append("<option value=\"")
            .append(Html.esc(a.id()))
            .append("\">")
            .append(Html.esc(a.name()))
            .append(" (")
            .append(Html.esc(a.id()))
            .append(")</option>");
      }
      b.append("</select></label>");
    }
  }

  private static void common(StringBuilder b) {
    b.append("<label>Comment <textarea name=\"comment\" rows=\"2\"></textarea></label>")
        .append("<label>Your name <input name=\"author\" autocomplete=\"nickname\"></label>")
        .append("<label>Token <input type=\"password\" name=\"token\" autocomplete=\"off\"")
        .append(" required></label>")
        .append("<button type=\"submit\">Propose the fix</button>")
        .append("<p class=\"status\" role=\"status\"><noscript>Sending a correction needs")
        .append(" JavaScript.</noscript></p>");
  }

  private static void hidden(StringBuilder b, String name, String value) {
    b.append("<input type=\"hidden\" name=\"")
        .append(name)
        .append("\" value=\"")
        .append(Html.esc(value))
        .append("\">");
  }

  /** The datalist of the document's actor ids the proposed-value inputs suggest. */
  @Override
  public String actorList() {
    StringBuilder b = new StringBuilder("<datalist id=\"actors-of-document\">");
    for (Actor a : actors) {
      b.append("<option value=\"")
          .append(Html.esc(a.id()))
          .append("\">")
          .append(Html.esc(a.name()))
          .append("</option>");
    }
    return b.append("</datalist>\n").toString();
  }
}
