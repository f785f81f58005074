package org.readout.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.model.EntityMention;
import org.readout.core.model.EntityType;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.Token;

/**
 * A tiny rule-based analyzer for stage unit tests in core, which must not load CoreNLP. Tokens are
 * words, numbers and single punctuation marks; sentences end at {@code .!?} before whitespace and a
 * capital, or at a line break. Tags are crude: pronouns {@code PRP}, a few modals {@code MD}, words
 * ending in "ed" {@code VBD}, capitalized words {@code NNP} (tagged {@code PERSON} by NER when two
 * or more stand together), the rest {@code NN}. Good enough to exercise a stage; golden tests use
 * the real analyzer.
 */
public final class SimpleAnalyzer implements TextAnalyzer {
  private static final Pattern TOKEN =
      Pattern.compile(
          "[\\p{L}\\p{N}]+(?:[.'\u2019-][\\p{L}\\p{N}]+)*\\.?(?<=[A-Z]\\.)|[\\p{L}\\p{N}]+(?:[.'\u2019-][\\p{L}\\p{N}]+)*|\\S");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their");
  private static final Set<String> MODALS =
      Set.of("will", "would", "may", "might", "can", "could", "should", "must");
  private static final Set<String> PAST =
      Set.of("said", "told", "met", "held", "was", "were", "had", "did", "made");

  @Override
  public Analysis analyze(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      tokens.add(new Token(new Span(m.start(), m.end()), tag(w), "O"));
    }
    tokens = markPeople(tokens);
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i == tokens.size() - 1;
      boolean end = last;
      if (!last) {
        String w = tokens.get(i).span().of(text);
        int gapStart = tokens.get(i).span().end();
        int gapEnd = tokens.get(i + 1).span().start();
        String gap = text.substring(gapStart, gapEnd);
        char next = text.charAt(gapEnd);
        end =
            gap.contains("\n")
                || (w.matches("[.!?]") && !gap.isEmpty() && !Character.isLowerCase(next));
      }
      if (end) {
        sentences.add(
            new Sentence(
                new Span(tokens.get(first).span().start(), tokens.get(i).span().end()),
                first,
                i + 1));
        first = i + 1;
      }
    }
    List<EntityMention> entities = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).ner().equals("PERSON")) {
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("PERSON")) {
        j++;
      }
      entities.add(
          new EntityMention(
              new Span(tokens.get(i).span().start(), tokens.get(j).span().end()),
              EntityType.PERSON));
      i = j;
    }
    return new Analysis(sentences, tokens, entities);
  }

  private static String tag(String w) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (PRONOUNS.contains(lower)) {
      return lower.equals("his") || lower.equals("their") ? "PRP$" : "PRP";
    }
    if (MODALS.contains(lower)) {
      return "MD";
    }
    if (PAST.contains(lower) || (lower.endsWith("ed") && lower.length() > 3)) {
      return "VBD";
    }
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      return "CD";
    }
    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
      return "NNP";
    }
    if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
      return w;
    }
    return "NN";
  }

  /**
   * Two or more adjacent capitalized words not at a sentence start are taken for a person's name.
   */
  private static List<Token> markPeople(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens);
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i).tag().equals("NNP") && out.get(i + 1).tag().equals("NNP")) {
        int j = i;
        while (j + 1 < out.size() && out.get(j + 1).tag().equals("NNP")) {
          j++;
        }
        for (int k = i; k <= j; k++) {
          Token t = out.get(k);
          out.set(k, new Token(t.span(), t.tag(), "PERSON"));
        }
        i = j;
      }
    }
    return out;
  }
}
