package org.readout.core.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.core.model.Token;

/**
 * Finds dictionary phrases in a tokenized text. A phrase matches at a token when the text from that
 * token's start equals the phrase and ends exactly at a token end, so dictionary phrases need no
 * tokenizing of their own ("U.S.", "Xinhua News Agency", "People's Republic of China").
 *
 * <p>Design decision: candidates are bucketed by the lower-cased first word, so a lookup costs one
 * hash probe per token plus a few {@code regionMatches} calls; no regular expressions run per
 * article.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
  /**
   * One dictionary phrase. {@code ignoreCase} is for lower-case role words, which appear
   * capitalized in titles.
   */
  record Entry<T>(String phrase, T value, boolean ignoreCase) {}

  /** A phrase found at tokens {@code [firstToken, endToken)}. */
  record Match<T>(int firstToken, int endToken, int start, int end, T value) {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

  void add(String phrase, T value, boolean ignoreCase) {
    String p = phrase.strip();
    if (p.isEmpty()) {
      return;
    }
    byFirstWord
        .computeIfAbsent(firstWord(p), k -> new ArrayList<>())
        .add(new Entry<>(p, value, ignoreCase));
  }

  /**
   * Sorts each bucket longest first, so the first hit at a token is the longest. Call once after
   * adding.
   */
  void freeze() {
    for (List<Entry<T>> bucket : byFirstWord.values()) {
      bucket.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase().length()).reversed());
    }
  }

  /**
   * Every phrase starting at token {@code i}, longest first.
   *
   * @param tokenEndIndex maps a character offset to the index of the token ending there, or -1
   */
  List<Match<T>> matchesAt(String text, List<Token> tokens, int i, int[] tokenEndIndex) {
    Token t = tokens.get(i);
    String key = firstWord(t.span().of(text));
    List<Entry<T>> bucket = byFirstWord.get(key);
    if (bucket == null) {
      return List.of();
    }
    List<Match<T>> out = new ArrayList<>(2);
    int start = t.span().start();
    for (Entry<T> e : bucket) {
      int end = start + e.phrase().length();
      if (end > text.length() || tokenEndIndex[end] < i) {
        continue;
      }
      if (text.regionMatches(e.ignoreCase(), start, e.phrase(), 0, e.phrase().length())) {
        out.add(new Match<>(i, tokenEndIndex[end] + 1, start, end, e.value()));
      }
    }
    return out;
  }

  /** Lower-cased leading run of letters and digits ("U.S." gives "u", "Xi's" gives "xi"). */
  static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return (i == 0 ? s.substring(0, Math.min(1, s.length())) : s.substring(0, i))
        .toLowerCase(Locale.ROOT);
  }

  /** Maps each character offset that ends a token to that token's index; other offsets to -1. */
  static int[] tokenEndIndex(String text, List<Token> tokens) {
    int[] idx = new int[text.length() + 1];
    java.util.Arrays.fill(idx, -1);
    for (int k = 0; k < tokens.size(); k++) {
      idx[tokens.get(k).span().end()] = k;
    }
    return idx;
  }
}
