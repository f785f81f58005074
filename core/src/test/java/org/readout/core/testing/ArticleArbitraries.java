package org.readout.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

/**
 * Random inputs for robustness properties: news-like text glued from ordinary words, names from the
 * bundled actor dictionary, date-like phrases and quote marks, mixed with the characters that break
 * text code (lone surrogates, NUL, bidirectional marks, CR and CRLF, very long words). Every
 * generator takes the caller's {@link Random}, so a run is reproduced from its seed ({@link
 * RandomCheck}).
 */
public final class ArticleArbitraries {
  /**
   * Ordinary words, written for these tests: speech cues, event verbs, pronouns and function words.
   */
  private static final String[] WORDS = {
    "the",
    "a",
    "minister",
    "president",
    "officials",
    "said",
    "told",
    "reporters",
    "talks",
    "on",
    "with",
    "and",
    "he",
    "she",
    "they",
    "it",
    "we",
    "his",
    "her",
    "met",
    "visited",
    "criticized",
    "accused",
    "signed",
    "agreed",
    "warned",
    "threatened",
    "praised",
    "rejected",
    "called",
    "for",
    "according",
    "to",
    "in",
    "a statement",
    "statement",
    "spokesman",
    "spokeswoman",
    "added",
    "noted",
    "will",
    "would",
    "not",
    "leaders",
    "two",
    "both",
    "government",
    "troops",
    "protesters",
    "army",
    "between",
    "against",
    "after",
    "before",
    "during",
    "video call",
    "summit",
    "deal",
    "sanctions",
    "aid",
    "meeting",
    "He",
    "She",
    "They",
    "The",
    "It",
    "Mr.",
    "Ms.",
    "Dr.",
    "U.S.",
    "St.",
    "No.",
    "e.g.",
    "’s",
    "'s",
    "-",
    "—",
    "(",
    ")",
    ",",
    ";",
    ":",
    "!",
    "?",
    "...",
    "…"
  };

  /** Date-like phrases, valid and invalid, absolute and relative. */
  private static final String[] DATEISH = {
    "1/21",
    "12/31",
    "13/45",
    "0/0",
    "Nov. 21",
    "Nov 21",
    "November 21",
    "21 November",
    "the 21st",
    "on the 31st",
    "the 2nd",
    "Jan. 3, 2025",
    "Feb. 29",
    "Feb. 30, 2023",
    "2024-02-29",
    "2023-02-29",
    "2025-13-01",
    "1999",
    "2035",
    "0000",
    "9999",
    "Monday",
    "on Tuesday",
    "last Friday",
    "next Sunday",
    "yesterday",
    "tomorrow",
    "today",
    "this week",
    "last week",
    "in March",
    "since 2019",
    "for three years",
    "two days ago",
    "the 1990s",
    "3 p.m.",
    "at noon",
    "Sept. 11",
    "Jan.",
    "May",
    "June 2021",
    "mid-July",
    "early 2020",
    "21",
    "2025年11月21日",
    "١٢/٣",
    "２０２５",
    "Q3",
    "FY2024",
    "New Year's Day",
    "Christmas",
    "Ramadan",
    "the day before",
    "on the same day"
  };

  /** Quote marks of several languages, straight and curly, often unbalanced. */
  private static final String[] QUOTE_MARKS = {
    "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "« ", " »",
    "``", "''"
  };

  /** Characters and words that break careless text code. */
  private static final String[] HOSTILE = {
    "\u0000",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "\uDBFF\uDFFF",
    "\u200F",
    "\u200E",
    "\u202E",
    "\u2067",
    "\u2069",
    "\uFEFF",
    "\u00A0",
    "\u2028",
    "\u2029",
    "\t",
    "\u000B",
    "\f",
    "\u0085",
    "e\u0301",
    "\u0301",
    "北京",
    "موسكو",
    "Москва",
    "ß",
    "İ",
    "ǅ",
    "\uFFFD",
    "\uFFFF",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\r\r",
    "  ",
    "\u3000",
    "."
  };

  private static final String[] SEPARATORS = {
    " ", " ", " ", " ", ", ", ". ", ".\n", ".\r\n", "\n\n", "\r", " — "
  };

  private static volatile List<String> names;

  private ArticleArbitraries() {}

  /** The bundled actor dictionary, loaded once. */
  public static ActorDictionary dictionary() {
    return SimplePipeline.dictionary();
  }

  /**
   * Every surface the bundled dictionary knows: people, countries (names, demonyms, capitals),
   * bodies, roles.
   */
  public static List<String> dictionaryNames() {
    if (names == null) {
      ActorDictionary d = dictionary();
      Set<String> all = new LinkedHashSet<>();
      d.people()
          .forEach(
              p -> {
                all.add(p.name());
                all.add(p.shortName());
                all.addAll(p.aliases());
              });
      d.countries()
          .forEach(
              c -> {
                all.add(c.name());
                all.addAll(c.aliases());
                all.addAll(c.demonyms());
                all.addAll(c.metonyms());
              });
      d.organizations()
          .forEach(
              o -> {
                all.add(o.name());
                all.addAll(o.aliases());
              });
      d.roles().forEach(r -> all.addAll(r.phrases()));
      all.removeIf(String::isBlank);
      names = List.copyOf(all);
    }
    return names;
  }

  /** A dictionary person's canonical full name. */
  public static String personName(Random random) {
    var people = dictionary().people();
    return people.get(random.nextInt(people.size())).name();
  }

  /** A document date in 1990..2035, or null one time in five. */
  public static LocalDate documentDate(Random random) {
    if (random.nextInt(5) == 0) {
      return null;
    }
    long from = LocalDate.of(1990, 1, 1).toEpochDay();
    long to = LocalDate.of(2035, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from + 1)));
  }

  /**
   * An article with the given text and a {@link #documentDate} (source GIVEN when there is one).
   */
  public static Article article(Random random, String text) {
    LocalDate date = documentDate(random);
    Article a = Article.of("random", text);
    return date == null ? a : a.withDate(date, DateSource.GIVEN);
  }

  /**
   * The article for {@code text} with a {@link #documentDate} drawn from the text's hash: a shrunk
   * input keeps a date of its own, and the input alone (a {@code fuzz/} file) reproduces the case.
   */
  public static Article articleFor(String text) {
    return article(new Random(text.hashCode() ^ 0x5DEECE66DL), text);
  }

  /**
   * Mixed text of up to {@code maxChars}: every kind of piece this class knows, hostile characters
   * included.
   */
  public static String mixedText(Random random, int maxChars) {
    return RandomCheck.concat(random, maxChars, ArticleArbitraries::anyPiece);
  }

  /**
   * Sentences of ordinary words with dictionary names glued in, and the odd date and quote; no
   * hostile chars.
   */
  public static String newsText(Random random, int maxChars) {
    return RandomCheck.concat(
        random,
        maxChars,
        r -> {
          int k = r.nextInt(10);
          String piece =
              k < 5
                  ? pick(r, WORDS)
                  : k < 8
                      ? pick(r, dictionaryNames())
                      : k < 9 ? pick(r, DATEISH) : pick(r, QUOTE_MARKS);
          return piece + pick(r, SEPARATORS);
        });
  }

  /**
   * Text dense in date-like phrases, weekdays and years, so that time expressions collide and
   * conflict.
   */
  public static String dateText(Random random, int maxChars) {
    return RandomCheck.concat(
        random,
        maxChars,
        r -> {
          int k = r.nextInt(10);
          String piece =
              k < 5
                  ? pick(r, DATEISH)
                  : k < 8
                      ? pick(r, WORDS)
                      : k < 9 ? pick(r, dictionaryNames()) : String.valueOf(r.nextInt(3000));
          return piece + pick(r, SEPARATORS);
        });
  }

  /**
   * Text that is mostly quote marks: up to {@code maxMarks} of them in runs, with speech cues and
   * names between, so marks are unbalanced, nested and mixed across languages.
   */
  public static String quoteText(Random random, int maxMarks) {
    int marks = random.nextInt(maxMarks + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < marks; i++) {
      sb.append(pick(random, QUOTE_MARKS));
      int k = random.nextInt(8);
      if (k == 0) {
        sb.append(pick(random, WORDS)).append(' ');
      } else if (k == 1) {
        sb.append(' ')
            .append(pick(random, dictionaryNames()))
            .append(" said")
            .append(pick(random, SEPARATORS));
      } else if (k == 2) {
        sb.append(pick(random, SEPARATORS));
      }
    }
    return sb.toString();
  }

  /**
   * Any single piece: a word, name, date, quote mark, separator, hostile character, random chars or
   * a long word.
   */
  public static String anyPiece(Random random) {
    int k = random.nextInt(100);
    if (k < 30) {
      return pick(random, WORDS) + " ";
    } else if (k < 45) {
      return pick(random, dictionaryNames()) + pick(random, SEPARATORS);
    } else if (k < 55) {
      return pick(random, DATEISH) + pick(random, SEPARATORS);
    } else if (k < 65) {
      return pick(random, QUOTE_MARKS);
    } else if (k < 75) {
      return pick(random, SEPARATORS);
    } else if (k < 88) {
      return pick(random, HOSTILE);
    } else if (k < 98) {
      return randomChars(random, 1 + random.nextInt(4));
    } else {
      return longWord(random, 50 + random.nextInt(1500));
    }
  }

  /**
   * {@code n} chars drawn uniformly from all of UTF-16, lone surrogates and non-characters
   * included.
   */
  public static String randomChars(Random random, int n) {
    char[] cs = new char[n];
    for (int i = 0; i < n; i++) {
      cs[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(cs);
  }

  /** One word of {@code length} letters, capitalized half the time. */
  public static String longWord(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    if (random.nextBoolean()) {
      sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    }
    return sb.toString();
  }

  /** Joins lines with {@code \n}; the line-ending properties swap it for CRLF or CR. */
  public static List<String> paragraphs(Random random, int maxParagraphs, int maxChars) {
    List<String> out = new ArrayList<>();
    int n = random.nextInt(maxParagraphs + 1);
    for (int i = 0; i < n; i++) {
      out.add(newsText(random, maxChars).replace("\r", " ").replace("\n", " "));
    }
    return out;
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static String pick(Random random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
