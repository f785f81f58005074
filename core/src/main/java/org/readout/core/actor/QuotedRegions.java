package org.readout.core.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of text inside quotation marks, found cheaply (one pass, per paragraph) so that
 * names a speaker utters are not taken as antecedents of the reporter's pronouns. The quote stage
 * does the careful job; this only needs to be right for well-formed text.
 */
final class QuotedRegions {
  private final int[] starts;
  private final int[] ends;

  private QuotedRegions(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  static QuotedRegions of(String text) {
    List<int[]> regions = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1; // a quote left open at a paragraph's end is not tracked further
      } else if (c == '\u201c' || c == '\u00ab' || c == '\u300c' || c == '\u300e') {
        open = i;
      } else if ((c == '\u201d' || c == '\u00bb' || c == '\u300d' || c == '\u300f') && open >= 0) {
        regions.add(new int[] {open, i + 1});
        open = -1;
      } else if (c == '"') {
        if (open >= 0) {
          regions.add(new int[] {open, i + 1});
          open = -1;
        } else {
          open = i;
        }
      }
    }
    int[] s = new int[regions.size()];
    int[] e = new int[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      s[i] = regions.get(i)[0];
      e[i] = regions.get(i)[1];
    }
    return new QuotedRegions(s, e);
  }

  boolean contains(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < starts[mid]) {
        hi = mid - 1;
      } else if (offset >= ends[mid]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
