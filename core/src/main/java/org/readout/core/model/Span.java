package org.readout.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indexes into an article's text, the only
 * coordinate system annotations use.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The covered characters of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Orders by start, then by end, so that sorted lists read left to right. */
  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
