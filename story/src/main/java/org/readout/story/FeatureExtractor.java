package org.readout.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Sentence;

/**
 * Computes an article's {@link StoryFeatures}: its dyadic events with a full-day date (coarser
 * dates such as "last year" cannot say which happening they are), the places their events name
 * ({@link Event#location()}), and the MinHash signature of the content words of its title and lead.
 * Stateless and thread-safe.
 */
public final class FeatureExtractor {
  /** Sentences that make the lead. */
  static final int LEAD_SENTENCES = 3;

  /** Characters taken as the lead when the article has no sentence layer. */
  static final int LEAD_CHARS = 600;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  // Function words and reporting verbs that every news lead shares; they say nothing about
  // which happening it is.
  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "with", "that", "this", "was", "were", "are", "has", "have", "had",
          "his", "her", "its", "their", "they", "them", "from", "but", "not", "who", "which",
          "will", "would", "said", "says", "say", "told", "after", "over", "into", "about", "than",
          "been", "also", "more", "other", "two", "both", "one", "new", "while", "during", "our",
          "she", "you", "there", "when", "what", "all", "any", "can", "may");

  /** The features of one annotated article. */
  public StoryFeatures features(AnnotatedArticle doc) {
    List<Happening> happenings = new ArrayList<>();
    Map<Happening, Set<StoryPlace>> places = new HashMap<>();
    for (Event e : doc.events()) {
      if (e.sourceCode() == null || e.targetCode() == null || e.date() == null) {
        continue;
      }
      if (!FULL_DAY.matcher(e.date()).matches()) {
        continue;
      }
      Happening h =
          new Happening(
              Happening.actorKey(e.sourceCode()),
              Happening.actorKey(e.targetCode()),
              e.rootCode(),
              java.time.LocalDate.parse(e.date()));
      happenings.add(h);
      if (e.location() != null) {
        places.computeIfAbsent(h, k -> new TreeSet<>()).add(StoryPlace.of(e.location()));
      }
    }
    return new StoryFeatures(
        doc.article().id(),
        Outlets.of(doc.article()),
        doc.article().date(),
        happenings,
        LeadSignature.of(shingles(doc)),
        places);
  }

  /** The content words of the title and lead, lower case, each once. */
  static Set<String> shingles(AnnotatedArticle doc) {
    Set<String> words = new LinkedHashSet<>();
    if (doc.article().title() != null) {
      addWords(doc.article().title(), words);
    }
    addWords(lead(doc), words);
    return words;
  }

  static String lead(AnnotatedArticle doc) {
    String text = doc.text();
    List<Sentence> sentences = doc.sentences();
    if (sentences.isEmpty()) {
      return text.substring(0, Math.min(text.length(), LEAD_CHARS));
    }
    int end = sentences.get(Math.min(sentences.size(), LEAD_SENTENCES) - 1).span().end();
    return text.substring(0, Math.min(end, text.length()));
  }

  private static void addWords(String text, Set<String> words) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 3 && !STOP.contains(w)) {
        // A plural and its singular are one word here ("talks", "talk").
        words.add(
            w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                ? w.substring(0, w.length() - 1)
                : w);
      }
    }
  }
}
