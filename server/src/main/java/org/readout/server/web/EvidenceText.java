package org.readout.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Span;

/**
 * Renders an article's text as HTML paragraphs with its highlights as nested {@code <span>}s.
 *
 * <p>Highlights may nest and overlap (a quote contains an actor mention and a time; an event's
 * evidence overlaps a quote). HTML elements can only nest, so the text is cut at every highlight
 * boundary into segments, and each segment opens a span for every highlight covering it, longest
 * first. An item whose highlight is cut into several segments keeps one {@code data-ref}, and its
 * first segment carries the anchor the side list links to. Paragraph ends cut highlights too.
 *
 * <p>Every character of the text is escaped ({@link Html#esc}): an article that contains {@code
 * <script>} shows it as text. Stateless and thread-safe.
 */
final class EvidenceText {
  private static final Comparator<Highlight> OUTER_FIRST =
      Comparator.comparingInt((Highlight h) -> h.span().start())
          .thenComparing(h -> -h.span().end())
          .thenComparing(Highlight::layer)
          .thenComparing(Highlight::ref);

  private EvidenceText() {}

  /**
   * The HTML of {@code text} as {@code <p>} blocks (the paragraphs, plus any text they leave out)
   * with {@code highlights} marked. Highlights past the end of the text are clipped; empty ones are
   * dropped.
   */
  static String render(String text, List<Paragraph> paragraphs, List<Highlight> highlights) {
    List<Highlight> hs = new ArrayList<>();
    for (Highlight h : highlights) {
      int end = Math.min(h.span().end(), text.length());
      if (h.span().start() < end) {
        hs.add(
            end == h.span().end()
                ? h
                : new Highlight(
                    new Span(h.span().start(), end),
                    h.layer(),
                    h.ref(),
                    h.anchor(),
                    h.role(),
                    h.title()));
      }
    }
    hs.sort(OUTER_FIRST);
    boolean[] anchored = new boolean[hs.size()];
    StringBuilder out = new StringBuilder(text.length() * 2 + hs.size() * 80);
    for (Span block : blocks(text, paragraphs)) {
      out.append("<p class=\"para\" data-start=\"").append(block.start()).append("\">");
      renderBlock(out, text, block, hs, anchored);
      out.append("</p>\n");
    }
    return out.toString();
  }

  private static void renderBlock(
      StringBuilder out, String text, Span block, List<Highlight> hs, boolean[] anchored) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(block.start());
    cuts.add(block.end());
    List<Integer> inBlock = new ArrayList<>();
    for (int i = 0; i < hs.size(); i++) {
      Span s = hs.get(i).span();
      if (s.overlaps(block)) {
        inBlock.add(i);
        cuts.add(Math.max(s.start(), block.start()));
        cuts.add(Math.min(s.end(), block.end()));
      }
    }
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      int open = 0;
      for (int i : inBlock) {
        Highlight h = hs.get(i);
        if (h.span().start() <= from && to <= h.span().end()) {
          openSpan(out, h, !anchored[i]);
          anchored[i] = true;
          open++;
        }
      }
      Html.appendEscaped(out, text, from, to);
      out.append("</span>".repeat(open));
      from = to;
    }
  }

  private static void openSpan(StringBuilder out, Highlight h, boolean first) {
    out.append("<span class=\"hl hl-").append(h.layer().key());
    if (!h.role().equals("main")) {
      out.append(" hl-").append(h.role());
    }
    out.append("\" data-ref=\"").append(Html.esc(h.ref())).append('"');
    if (first && h.anchor() != null) {
      out.append(" id=\"").append(Html.esc(h.anchor())).append("\" tabindex=\"-1\"");
    }
    out.append(" title=\"").append(Html.esc(h.title())).append("\">");
  }

  /**
   * The blocks to render: the paragraphs in order, clipped to the text, and every stretch of
   * non-blank text between them as a block of its own, so no character is ever left out.
   */
  static List<Span> blocks(String text, List<Paragraph> paragraphs) {
    List<Span> sorted = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      int start = Math.min(p.span().start(), text.length());
      int end = Math.min(p.span().end(), text.length());
      if (start < end) {
        sorted.add(new Span(start, end));
      }
    }
    sorted.sort(null);
    List<Span> blocks = new ArrayList<>();
    int at = 0;
    for (Span p : sorted) {
      if (p.end() <= at) {
        continue; // overlapping paragraphs: already covered
      }
      int start = Math.max(p.start(), at);
      addGap(blocks, text, at, start);
      blocks.add(new Span(start, p.end()));
      at = p.end();
    }
    addGap(blocks, text, at, text.length());
    return blocks;
  }

  private static void addGap(List<Span> blocks, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      blocks.add(new Span(s, e));
    }
  }
}
