package org.readout.core.model;

/** One place in the text where an actor is referred to. */
public record Mention(Span span, MentionKind kind) implements Comparable<Mention> {
  @Override
  public int compareTo(Mention o) {
    return span.compareTo(o.span);
  }
}
