package org.readout.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;
import org.readout.core.pipeline.Stage;
import org.readout.core.quote.QuoteMarkScanner.Passage;
import org.readout.core.quote.SpeakerFinder.Cue;

/**
 * The quote stage: finds direct, partial and indirect statements, attributes each to a speaker from
 * the actor layer, and names the channel it reached the reporter through. Adds {@link
 * AnnotatedArticle#quotes()}, sorted by span; changes nothing else. Run it after the actor stage,
 * whose mentions (names, descriptions, resolved pronouns) it reads; with no actors it still finds
 * quotes but leaves every speaker null.
 *
 * <p>Offsets are UTF-16 indexes of the article text. A quote's span is the text inside its marks
 * (for indirect speech, the reported clause). A speaker is only set when a cue, a resolved mention
 * or the conversational context supports it, and the confidence says which: about 0.9 for a name
 * next to a speech verb, 0.5 for a pronoun resolved here from the previous speaker, 0.4 for a quote
 * with no cue continuing the last speaker's turn.
 *
 * <p>Thread-safe and stateless: the speech lexicon is loaded once in the constructor. Every
 * per-quote scan is bounded, so the cost is linear in the article's length, however many quote
 * marks it has.
 *
 * <p>Design decision: rules over tags and actor mentions instead of a parser. Dependency parsing
 * would cost more than the whole actor pipeline, and news attribution is formulaic enough ("X
 * said", "said X", "X added") that the rules, with the actor stage's pronoun resolution, beat
 * CoreNLP's statistical attribution on wire copy.
 */
public final class QuoteExtractor implements Stage {
  private static final Set<String> SCARE =
      Set.of(
          "called",
          "so-called",
          "dubbed",
          "termed",
          "labeled",
          "labelled",
          "branded",
          "nicknamed",
          "coined");
  private static final Set<String> TITLED =
      Set.of(
          "titled",
          "entitled",
          "headlined",
          "book",
          "novel",
          "film",
          "movie",
          "song",
          "album",
          "series",
          "show",
          "play",
          "poem",
          "documentary",
          "programme",
          "program",
          "magazine",
          "newspaper",
          "hashtag",
          "slogan",
          "motto",
          "banner",
          "sign",
          "caption",
          "headline",
          "operation",
          "campaign",
          "initiative",
          "exhibition",
          // Slogans on signs and named reports, laws and memoirs: words that name or display,
          // not a statement ("banners reading "No More Dams"", "the memoir "The Long Road"").
          // Chants stay statements: a crowd chanting is a crowd saying something.
          "reading",
          "emblazoned",
          "placard",
          "placards",
          "banners",
          "signs",
          "slogans",
          "memoir",
          "report",
          "bill",
          "act",
          "law",
          "treaty",
          "doctrine",
          "manifesto",
          "essay",
          "column",
          "podcast",
          "blog");

  private final SpeechLexicon lexicon;

  /** A stage with the bundled speech lexicon. */
  public QuoteExtractor() {
    this(BUNDLED);
  }

  QuoteExtractor(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether {@code words} hold a cue of speech by the bundled lexicon: a speech verb in any form
   * ("said", "told", "accusing"), a speech noun ("statement", "remarks") or "according". Beliefs,
   * perceptions and intentions ("believes", "polls show", "wants") are not speech. Evaluation uses
   * it to tell the statements this stage reports from other attributions in a gold corpus.
   */
  public static boolean isSpeechCue(String words) {
    SpeechLexicon lexicon = BUNDLED;
    for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.equals("according") || lexicon.isVerb(w) || lexicon.isNoun(w)) {
        return true;
      }
    }
    return false;
  }

  private static final SpeechLexicon BUNDLED = SpeechLexicon.bundled();

  /** A stage with the bundled speech lexicon; same as {@code new QuoteExtractor()}. */
  public static QuoteExtractor bundled() {
    return new QuoteExtractor();
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle in) {
    String text = in.text();
    List<Paragraph> paragraphs =
        in.paragraphs().isEmpty() ? ParagraphSplitter.split(text) : in.paragraphs();
    List<Passage> passages = QuoteMarkScanner.scan(text, paragraphs);
    TextIndex ix = new TextIndex(in, passages.stream().map(Passage::content).toList());
    SpeakerFinder finder = new SpeakerFinder(ix, lexicon);
    Cues cues =
        new Cues(new LeadingCueFinder(ix, finder, lexicon), new TrailingCueFinder(ix, finder));
    List<Draft> drafts = new ArrayList<>();
    List<Draft> clauses = new ArrayList<>();
    List<IndirectSpeechFinder.Clause> found =
        new ArrayList<>(IndirectSpeechFinder.find(ix, finder, lexicon));
    found.addAll(PostposedCueFinder.find(ix, finder, found));
    found.addAll(StatementFinder.find(ix, finder, found));
    found.sort(Comparator.comparing(IndirectSpeechFinder.Clause::span));
    for (IndirectSpeechFinder.Clause c : found) {
      int v = c.verb();
      Span cue =
          ix.lower(v).equals("according") && v + 1 < ix.size()
              ? new Span(ix.span(v).start(), ix.span(v + 1).end())
              : ix.span(v);
      clauses.add(new Draft(c.span(), QuoteKind.INDIRECT, new Cue(cue, c.subject(), true), null));
    }
    int clause = 0;
    for (Passage p : passages) {
      while (clause < clauses.size() && clauses.get(clause).span().end() < p.content().end()) {
        clause++;
      }
      Draft around =
          clause < clauses.size() && clauses.get(clause).span().contains(p.content())
              ? clauses.get(clause)
              : null;
      Draft d = direct(ix, finder, cues, p, around);
      if (d != null) {
        drafts.add(d);
      }
    }
    drafts.addAll(clauses);
    drafts.sort(Comparator.comparing(Draft::span).thenComparing(Draft::kind));
    StatementDates dates = new StatementDates(in, passages.stream().map(Passage::content).toList());
    Attributor attributor =
        new Attributor(ix, paragraphs, ChannelFinder.find(ix, finder), lexicon, dates);
    List<Quote> quotes = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      quotes.add(attributor.attribute(d));
    }
    return in.withQuotes(quotes);
  }

  /** The cue finders on each side of a quote, over one article. */
  private record Cues(LeadingCueFinder leading, TrailingCueFinder trailing) {}

  /**
   * A statement before attribution.
   *
   * @param cue its speech cue, or null
   * @param fallback for a partial quote with no cue, the subject of its sentence, or null
   */
  record Draft(
      Span span, QuoteKind kind, @Nullable Cue cue, SpeakerFinder.@Nullable Subject fallback) {}

  /**
   * The statement a quoted passage makes, or null for scare quotes, titles and other
   * non-statements.
   *
   * @param around the indirect statement whose reported clause contains the passage, or null
   */
  private static @Nullable Draft direct(
      TextIndex ix, SpeakerFinder finder, Cues cues, Passage p, @Nullable Draft around) {
    String text = ix.text;
    String content = p.content().of(text);
    int prevTok = ix.lastTokenEndingBy(p.open());
    String prevWord =
        prevTok >= 0 && !text.substring(ix.span(prevTok).end(), p.open()).contains("\n")
            ? ix.lower(prevTok)
            : "";
    if (SCARE.contains(prevWord) || TITLED.contains(prevWord)) {
      return null;
    }
    Span label = SpeakerLabels.at(text, p.content().start());
    if (label != null && label.end() + 2 < p.content().end()) {
      // A transcript's turn: the label names the speaker, and the words after it are the quote.
      int from = label.end() + 1;
      while (Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      Span words = new Span(from, p.content().end());
      return new Draft(words, QuoteKind.DIRECT, null, SpeakerLabels.speaker(ix, label));
    }
    char last = content.charAt(content.length() - 1);
    boolean terminal = last == '.' || last == '!' || last == '?' || last == '\u2026';
    boolean trailing = last == ',' || last == '!' || last == '?' || last == '\u2014' || last == '-';
    Cue before = cues.leading().before(p);
    Cue after = cues.trailing().after(p, last == '.');
    Cue cue = trailing ? (after != null ? after : before) : (before != null ? before : after);
    boolean adjacent = cue != null && cue.adjacent();
    int words = wordCount(content);
    boolean embedded = Character.isLetterOrDigit(previousChar(text, p.open()));
    boolean title = embedded && words <= 8 && !terminal && titleCase(content);
    if (!adjacent && words <= 3 && !terminal && !title && !capitalized(content)) {
      // A short passage is the speaker's own word when it completes a verb of judging ("called the
      // plan "reckless"") or stands in a reported clause ("said it would act "quickly"") not as a
      // noun after a determiner ("said the "reforms" failed", a scare quote).
      Cue judged = cues.leading().evaluation(p);
      if (judged != null) {
        return new Draft(p.content(), QuoteKind.PARTIAL, judged, null);
      }
      if (around != null && !SpeakerFinder.isDeterminer(prevWord)) {
        return new Draft(p.content(), QuoteKind.PARTIAL, around.cue(), null);
      }
    }
    if (!adjacent && ((words <= 3 && !terminal) || title)) {
      return null;
    }
    if (title && (startsWith(text, cue, "according") || cues.trailing().apposedAfter(p))) {
      // according to "The Long Road," a memoir by ...: a title, not a statement.
      return null;
    }
    if (cue == null) {
      cue = cues.trailing().introducedAfter(p);
    }
    boolean upper = Character.isUpperCase(content.codePointAt(0));
    QuoteKind kind = embedded && !(adjacent && upper) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    SpeakerFinder.Subject fallback = null;
    if (cue == null && kind == QuoteKind.PARTIAL && prevTok >= 0) {
      fallback = finder.sentenceSubject(ix.sentenceStart(prevTok), prevTok + 1);
    }
    return new Draft(p.content(), kind, cue, fallback);
  }

  private static boolean startsWith(String text, @Nullable Cue cue, String word) {
    return cue != null && cue.span().of(text).toLowerCase(Locale.ROOT).startsWith(word);
  }

  private static int wordCount(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words;
  }

  /** The last non-blank character before {@code offset} on the same line, or 0. */
  private static char previousChar(String text, int offset) {
    for (int i = offset - 1; i >= 0 && offset - i < 200; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return 0;
      }
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Every word capitalized, as in a name ("New GM"): a short passage that names, not one that
   * judges.
   */
  private static boolean capitalized(String content) {
    for (String w : content.split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Every word of four or more letters capitalized, as in a title ("The Art of the Deal"). */
  private static boolean titleCase(String content) {
    boolean any = false;
    for (String w : content.split("\\s+")) {
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        any = true;
      }
    }
    return any && !content.toLowerCase(Locale.ROOT).startsWith("i ");
  }
}
