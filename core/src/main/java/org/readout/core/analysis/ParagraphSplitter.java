package org.readout.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Span;
import org.readout.core.pipeline.Stage;

/**
 * Splits text into paragraphs at line breaks. Wire copy and extracted HTML put one paragraph per
 * line (often with a blank line between), so every non-blank line is a paragraph; surrounding
 * whitespace is trimmed from the span.
 */
public final class ParagraphSplitter implements Stage {
  @Override
  public AnnotatedArticle apply(AnnotatedArticle in) {
    return in.withParagraphs(split(in.text()));
  }

  /** The paragraphs of {@code text}, in order. */
  public static List<Paragraph> split(String text) {
    List<Paragraph> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Paragraph(new Span(s, e)));
      }
      if (lineEnd >= n) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }
}
