package org.readout.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jspecify.annotations.Nullable;
import org.readout.ingest.internal.IsoDates;

/**
 * Extracts an article's main text, title, publication date and URL from an HTML page.
 *
 * <p>The main element is the page's {@code <article>} (the longest, if there are several), else the
 * element whose paragraphs hold the most text, else {@code <body>}. Page furniture ({@code script},
 * {@code style}, {@code nav}, {@code header}, {@code footer}, {@code aside}, {@code form}) is
 * dropped first. Each {@code p}, {@code h1}–{@code h6}, {@code li}, {@code blockquote} and {@code
 * figcaption} becomes one paragraph with its whitespace collapsed; text outside those elements
 * becomes paragraphs at block boundaries.
 *
 * <p>Design decision: the text is rebuilt from blocks rather than taken from the source, so offsets
 * refer to the extracted text, not to the HTML. Stateless and thread-safe; malformed HTML is
 * repaired by jsoup, never rejected.
 */
public final class HtmlExtractor {
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption");
  private static final Set<String> BOUNDARIES =
      Set.of(
          "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td",
          "th", "br", "hr", "figure", "pre", "address", "details", "summary", "center", "body");
  private static final String FURNITURE =
      "script, style, nav, header, footer, aside, form, noscript, template";

  /** Metadata names and properties that carry the publication date, most trusted first. */
  private static final List<String> DATE_KEYS =
      List.of("article:published_time", "og:published_time", "date", "pubdate");

  private HtmlExtractor() {}

  /** Extracts the main text and metadata of {@code html}. Never throws on bad markup. */
  public static HtmlPage extract(String html) {
    Document doc = Jsoup.parse(html);
    Map<String, String> meta = metaContents(doc);
    List<String> warnings = new ArrayList<>();
    String title = firstNonBlank(meta.get("og:title"), doc.title());
    String url = firstNonBlank(meta.get("og:url"), doc.select("link[rel=canonical]").attr("href"));
    LocalDate date = publicationDate(doc, meta, warnings);
    Element body = doc.body();
    body.select(FURNITURE).remove();
    Element main = mainElement(body);
    String text = paragraphs(main);
    if (text.isEmpty() && !main.equals(body)) {
      main = body;
      text = paragraphs(body);
    }
    int linkCount = 0;
    int linkTextLength = 0;
    for (Element link : main.select("a[href]")) {
      linkCount++;
      linkTextLength += collapseWhitespace(link.text()).length();
    }
    return new HtmlPage(text, title, date, url, warnings, linkCount, linkTextLength);
  }

  /**
   * Lower-cased {@code property} or {@code name} of each {@code <meta>} to its first non-blank
   * content.
   */
  private static Map<String, String> metaContents(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element e : doc.select("meta[content]")) {
      String key = e.hasAttr("property") ? e.attr("property") : e.attr("name");
      String content = e.attr("content").strip();
      if (!key.isEmpty() && !content.isEmpty()) {
        meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
      }
    }
    return meta;
  }

  private static @Nullable LocalDate publicationDate(
      Document doc, Map<String, String> meta, List<String> warnings) {
    for (String key : DATE_KEYS) {
      String value = meta.get(key);
      if (value != null) {
        LocalDate date = IsoDates.parse(value);
        if (date != null) {
          return date;
        }
        warnings.add("unreadable date \"" + clip(value) + "\" in meta " + key);
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      LocalDate date = IsoDates.parse(time.attr("datetime"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static Element mainElement(Element body) {
    Element best = null;
    for (Element article : body.select("article")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best != null) {
      return best;
    }
    // Score each paragraph's parent with its text and its grandparent with three quarters of it, so
    // that pages that wrap every paragraph in its own <div> still pick the element around all of
    // them.
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, (double) length, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, 0.75 * length, Double::sum);
        }
      }
    }
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        bestScore = e.getValue();
        best = e.getKey();
      }
    }
    return best != null ? best : body;
  }

  /** The paragraphs of {@code root} joined by blank lines; empty when it has no text. */
  private static String paragraphs(Element root) {
    Set<Element> holdsParagraph = new HashSet<>();
    for (Element e : root.select(String.join(", ", PARAGRAPHS))) {
      // Marks each ancestor once: the walk stops at the first one already marked, so this stays
      // linear.
      Element up = e.parent();
      while (up != null && !up.equals(root) && holdsParagraph.add(up)) {
        up = up.parent();
      }
    }
    List<String> out = new ArrayList<>();
    StringBuilder loose = new StringBuilder();
    root.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              loose.append(textNode.getWholeText());
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (PARAGRAPHS.contains(tag) && !holdsParagraph.contains(e)) {
              flush(loose, out);
              add(e.text(), out);
              return FilterResult.SKIP_CHILDREN;
            }
            if (PARAGRAPHS.contains(tag) || BOUNDARIES.contains(tag)) {
              flush(loose, out);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e
                && (PARAGRAPHS.contains(e.normalName()) || BOUNDARIES.contains(e.normalName()))) {
              flush(loose, out);
            }
            return FilterResult.CONTINUE;
          }
        });
    flush(loose, out);
    return String.join("\n\n", out);
  }

  private static void flush(StringBuilder loose, List<String> out) {
    if (loose.length() > 0) {
      add(loose.toString(), out);
      loose.setLength(0);
    }
  }

  private static void add(String raw, List<String> out) {
    String text = collapseWhitespace(raw);
    if (!text.isEmpty()) {
      out.add(text);
    }
  }

  /**
   * Runs of whitespace (including no-break spaces) become one space, NUL becomes U+FFFD; the ends
   * are trimmed.
   */
  private static String collapseWhitespace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        // jsoup decodes &#0; to NUL; the HTML standard (and every later stage) wants U+FFFD
        // instead.
        sb.append(c == '\0' ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      return collapseWhitespace(a);
    }
    return b != null && !b.isBlank() ? collapseWhitespace(b) : null;
  }

  private static String clip(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
