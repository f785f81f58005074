package org.readout.core.model;

import java.util.Objects;

/**
 * One token.
 *
 * @param span the token's characters in the article text (the surface form is {@code
 *     span.of(text)})
 * @param tag its Penn Treebank part-of-speech tag ({@code NNP}, {@code VBD}, ...)
 * @param ner its CRF named-entity label: {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION},
 *     {@code MISC} or {@code O}
 */
public record Token(Span span, String tag, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(ner, "ner");
  }
}
