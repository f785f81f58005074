package org.readout.core.model;

/**
 * One sentence.
 *
 * <p>Design decision: a sentence also records the half-open range {@code [firstToken, endToken)} of
 * indexes into {@link AnnotatedArticle#tokens()}. Tokens never leave the process (they are not
 * stored or exported), so the index is safe here, and every stage needs "the tokens of this
 * sentence" fast.
 */
public record Sentence(Span span, int firstToken, int endToken) {
  public Sentence {
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad token range " + firstToken + ".." + endToken);
    }
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
