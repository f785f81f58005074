package org.readout.core.model;

import java.util.List;

/**
 * A paragraph: a run of text between blank lines (or single newlines, in text that uses one per
 * paragraph).
 */
public record Paragraph(Span span) {
  /**
   * The index of the last paragraph of {@code paragraphs} (sorted by span) that starts at or before
   * {@code offset}, or -1 when {@code offset} comes before the first. For an offset inside a
   * paragraph that is the paragraph containing it; for one between paragraphs, the one before.
   */
  public static int indexAt(List<Paragraph> paragraphs, int offset) {
    int lo = 0;
    int hi = paragraphs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid).span().start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
