package org.readout.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits sentences longer than a cap into pieces before tagging, so that the tagger's time and
 * memory per sentence stay bounded whatever the input.
 *
 * <p>Design decision: a piece ends after the last comma, semicolon, colon, dash or quote mark in
 * the second half of its window when there is one (clause boundaries, where a tagger loses least
 * context), else at the cap. Offsets are untouched: pieces are sublists of the same tokens.
 */
final class SentenceCap {
  private static final Set<String> SOFT_BREAKS =
      Set.of(",", ";", ":", "--", "—", "–", "-", "\"", "”", "“", "'", "’", "»", "«", ")", "…");

  private SentenceCap() {}

  /** Replaces {@code doc}'s sentences by pieces of at most {@code max} tokens. */
  static void apply(Annotation doc, int max) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null
        || sentences.stream()
            .allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= max)) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> capped = new ArrayList<>();
    int tokenIndex = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int from = 0;
      while (from < tokens.size()) {
        int to = Math.min(tokens.size(), from + max);
        if (to < tokens.size()) {
          to = breakAfter(tokens, from, to);
        }
        capped.add(piece(text, tokens.subList(from, to), tokenIndex, capped.size()));
        tokenIndex += to - from;
        from = to;
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, capped);
  }

  /** The end (exclusive) of the piece starting at {@code from}, at most {@code limit}. */
  private static int breakAfter(List<CoreLabel> tokens, int from, int limit) {
    for (int i = limit - 1; i > from + (limit - from) / 2; i--) {
      if (SOFT_BREAKS.contains(tokens.get(i).word())) {
        return i + 1;
      }
    }
    return limit;
  }

  private static CoreMap piece(String text, List<CoreLabel> tokens, int firstToken, int index) {
    List<CoreLabel> own = new ArrayList<>(tokens);
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
      own.get(i).setSentIndex(index);
    }
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    CoreMap piece = new ArrayCoreMap();
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, own);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + own.size());
    piece.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    return piece;
  }
}
