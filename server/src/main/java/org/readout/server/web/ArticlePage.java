package org.readout.server.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;

/**
 * The article view: the text with every layer highlighted, a checkbox per layer, and a side list
 * per layer whose entries link to their evidence ({@code #ev-REF}) and carry a correction form.
 *
 * <p>Design decision: the layer toggles are plain checkboxes that CSS reads with {@code :has()}, so
 * hiding a layer works with the keyboard and without JavaScript; the script only adds focus
 * highlighting and the hover card.
 */
final class ArticlePage {
  private ArticlePage() {}

  /**
   * The page for {@code doc}.
   *
   * @param items the document's items ({@link ArticleItems#of})
   * @param forms renders the correction form of one item
   * @param corrections the document's corrections as HTML for the side bar, or ""
   * @param storyId the story the document belongs to, or null
   */
  static String render(
      AnnotatedArticle doc,
      List<Item> items,
      CorrectionForms forms,
      String corrections,
      @Nullable String storyId) {
    Article a = doc.article();
    Map<Layer, List<Item>> byLayer = new EnumMap<>(Layer.class);
    List<Highlight> highlights = new ArrayList<>();
    for (Layer l : Layer.values()) {
      byLayer.put(l, new ArrayList<>());
    }
    for (Item i : items) {
      byLayer.get(i.layer()).add(i);
      highlights.addAll(i.highlights());
    }
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"article-layout\">\n<article class=\"doc\" data-doc=\"")
        .append(Html.esc(a.id()))
        .append("\">\n<h1>")
        .append(Html.esc(a.title() == null || a.title().isBlank() ? a.id() : a.title()))
        .append("</h1>\n<p class=\"meta\">");
    if (a.date() != null) {
      b.append("<time datetime=\"")
          .append(a.date())
          .append("\">")
          .append(a.date())
          .append("</time> <span class=\"muted\">(")
          .append(a.dateSource().label())
          .append(")</span> · ");
    }
    if (a.url() != null) {
      b.append("<a href=\"")
          .append(Html.esc(safeUrl(a.url())))
          .append("\" rel=\"noopener noreferrer nofollow\">")
          .append(Html.esc(Html.clip(a.url(), 80)))
          .append("</a> · ");
    }
    b.append("<code>").append(Html.esc(a.id())).append("</code>");
    if (storyId != null) {
      // Other outlets' reports of the same happening, and its events counted once.
      b.append(" · <a class=\"story-link\" href=\"")
          .append(StoryPages.href(storyId))
          .append("\">Story: every report of this happening</a>");
    }
    b.append("</p>\n");
    toggles(b, byLayer);
    b.append("<div class=\"doc-text\" id=\"doc-text\">\n")
        .append(EvidenceText.render(doc.text(), doc.paragraphs(), highlights))
        .append("</div>\n</article>\n<aside class=\"side\" aria-label=\"Annotations\">\n")
        .append(corrections);
    for (Layer l : Layer.values()) {
      sideList(b, l, byLayer.get(l), forms);
    }
    b.append("</aside>\n</div>\n")
        .append(forms.actorList())
        .append("<div id=\"inspector\" class=\"inspector\" role=\"tooltip\" hidden></div>\n");
    return Page.render(
        a.title() == null ? a.id() : a.title(),
        "/documents",
        b.toString(),
        "/static/corrections.js");
  }

  private static void toggles(StringBuilder b, Map<Layer, List<Item>> byLayer) {
    b.append("<fieldset class=\"toggles\"><legend>Highlight</legend>");
    for (Layer l : Layer.values()) {
      String k = l.key();
      b.append("<label class=\"tg tg-")
          .append(k)
          .append("\"><input type=\"checkbox\" id=\"show-")
          .append(k)
          .append("\" checked> <span class=\"swatch sw-")
          .append(k)
          .append("\"></span>")
          .append(l.title())
          .append(" <span class=\"count\">")
          .append(byLayer.get(l).size())
          .append("</span></label>");
    }
    b.append("</fieldset>\n");
  }

  private static void sideList(StringBuilder b, Layer l, List<Item> items, CorrectionForms forms) {
    String k = l.key();
    b.append("<section class=\"list list-")
        .append(k)
        .append("\" id=\"list-")
        .append(k)
        .append("\" aria-labelledby=\"h-")
        .append(k)
        .append("\">\n<h2 id=\"h-")
        .append(k)
        .append("\"><span class=\"swatch sw-")
        .append(k)
        .append("\"></span>")
        .append(l.title())
        .append(" <span class=\"count\">")
        .append(items.size())
        .append("</span></h2>\n");
    if (items.isEmpty()) {
      b.append("<p class=\"muted\">None found.</p>\n");
    } else {
      b.append("<ol>\n");
      for (Item i : items) {
        item(b, i, forms);
      }
      b.append("</ol>\n");
    }
    b.append(forms.missing(l)).append("</section>\n");
  }

  private static void item(StringBuilder b, Item i, CorrectionForms forms) {
    b.append("<li class=\"item\" id=\"item-")
        .append(Html.esc(i.ref()))
        .append("\" data-ref=\"")
        .append(Html.esc(i.ref()))
        .append("\">\n<a class=\"ev-link\" href=\"#")
        .append(Html.esc(i.anchor()))
        .append("\"><span class=\"item-head\">")
        .append(Html.esc(i.headline()))
        .append("</span>");
    if (i.layer() != Layer.ACTOR && !i.evidence().equals(i.headline())) {
      b.append(" <q>").append(Html.esc(Html.clip(i.evidence(), 140))).append("</q>");
    }
    b.append("</a>\n<div class=\"item-details\">").append(Html.esc(i.details())).append("</div>\n");
    if (!i.links().isEmpty()) {
      b.append("<div class=\"item-links\">");
      i.links()
          .forEach(
              (label, anchor) ->
                  b.append("<a href=\"#")
                      .append(Html.esc(anchor))
                      .append("\">")
                      .append(Html.esc(label))
                      .append("</a> "));
      b.append("</div>\n");
    }
    b.append(forms.form(i)).append("</li>\n");
  }

  /** {@code url} when it is http(s), else "#": a stored URL must not become a javascript: link. */
  static String safeUrl(String url) {
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : "#";
  }
}
