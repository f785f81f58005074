package org.readout.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Term;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;
import org.readout.core.model.Token;

/**
 * The state of resolving one document's actors, shared by {@link RoleMentions} and {@link
 * DocumentResolution}: the tokens with the dictionary phrase found at each, the actors built so
 * far, and the small helpers both need. Not thread-safe; one per {@code apply} call.
 */
abstract class MentionContext {
  static final Set<String> DETERMINERS = Set.of("the", "The", "a", "an", "A", "An");
  static final Map<String, Integer> COUNT_WORDS =
      Map.of(
          "two", 2, "both", 2, "three", 3, "four", 4, "five", 5, "Two", 2, "Both", 2, "Three", 3);
  static final Map<String, String> PRONOUN_GENDER =
      Map.of(
          "he", "m", "him", "m", "his", "m", "himself", "m", "she", "f", "her", "f", "hers", "f",
          "herself", "f");
  static final Map<String, String> HONORIFIC_GENDER =
      Map.of("Mr", "m", "Mr.", "m", "Mrs", "f", "Mrs.", "f", "Ms", "f", "Ms.", "f");

  final ActorResolver resolver;
  final ActorDictionary dictionary;
  final DocumentActors actors = new DocumentActors();
  final AnnotatedArticle doc;
  final String text;
  final List<Token> tokens;
  final @Nullable LocalDate date;
  final int[] sentenceOfToken;
  final int[] paragraphOfToken;
  final QuotedRegions quoted;

  /** Token index → the hit covering it (set at the hit's first token only), or null. */
  final List<@Nullable Match<Hit>> hitAt;

  /** Tokens already used as part of another mention (a title's demonym, a group's modifiers). */
  final boolean[] consumed;

  /**
   * Tokens where a person's name starts that the tagger marked as part of an organization's name
   * ({@link TitledNamesInOrganizations}): a title before them is the name's.
   */
  final java.util.BitSet personNames = new java.util.BitSet();

  MentionContext(ActorResolver resolver, AnnotatedArticle doc) {
    this.resolver = resolver;
    this.dictionary = resolver.dictionary;
    this.doc = doc;
    this.text = doc.text();
    this.tokens = doc.tokens();
    this.date = doc.article().date();
    this.sentenceOfToken = new int[tokens.size()];
    for (int s = 0; s < doc.sentences().size(); s++) {
      var sent = doc.sentences().get(s);
      for (int k = sent.firstToken(); k < sent.endToken(); k++) {
        sentenceOfToken[k] = s;
      }
    }
    this.paragraphOfToken = new int[tokens.size()];
    int p = 0;
    for (int k = 0; k < tokens.size(); k++) {
      int off = tokens.get(k).span().start();
      while (p + 1 < doc.paragraphs().size() && doc.paragraphs().get(p).span().end() <= off) {
        p++;
      }
      paragraphOfToken[k] = p;
    }
    this.quoted = QuotedRegions.of(text);
    this.hitAt = new ArrayList<>(tokens.size());
    this.consumed = new boolean[tokens.size()];
  }

  void government(Country c, Span span, MentionKind kind) {
    Builder b =
        actors.get("government/" + c.code(), "Government of " + c.name(), ActorKind.INSTITUTION);
    b.code = c.code() + "GOV";
    b.country = c.code();
    b.role = "government";
    actors.mention(b, span, kind);
  }

  Builder person(Person person) {
    Builder b = actors.get("person/" + person.id(), person.name(), ActorKind.PERSON);
    Term term = person.termOn(date);
    b.code = person.codeOn(date);
    b.country = person.country();
    b.role = term == null ? null : term.role();
    b.gender = person.gender();
    return b;
  }

  /** Records a person mention for later pronoun and description resolution. */
  void notePerson(Builder b, Span span, int token) {
    actors.personMentions.add(
        new DocumentActors.PersonMention(
            span,
            b.id,
            sentenceOfToken[token],
            paragraphOfToken[token],
            quoted.contains(span.start())));
  }

  /** The hit whose last token is {@code j}, or null. */
  @Nullable Match<Hit> hitStartingBefore(int j) {
    for (int k = j; k >= 0 && k >= j - 6; k--) {
      Match<Hit> m = hitAt.get(k);
      if (m != null) {
        return m.endToken() == j + 1 ? m : null;
      }
    }
    return null;
  }

  Span withDeterminer(int firstToken, Span span) {
    if (isDeterminer(firstToken - 1)) {
      return new Span(tokens.get(firstToken - 1).span().start(), span.end());
    }
    return span;
  }

  boolean isDeterminer(int k) {
    return k >= 0 && k < tokens.size() && DETERMINERS.contains(word(k));
  }

  /** True when a dictionary hit covers any of the tokens {@code [first, end)}. */
  boolean coveredByHit(int first, int end) {
    for (int k = Math.max(0, first - 8); k < end; k++) {
      Match<Hit> m = hitAt.get(k);
      if (m != null && m.endToken() > first && m.firstToken() < end) {
        return true;
      }
    }
    return false;
  }

  String word(int k) {
    return tokens.get(k).span().of(text);
  }

  /** Set once the dictionary hits are known: the dateline's country code, or "" for none. */
  private @Nullable String datelineCountry;

  /**
   * The country of the article's dateline ("ALGIERS, Algeria - ...", "NAIROBI (Reuters) -"): the
   * last country, place or seat of government named before a dash or an opening parenthesis among
   * the first ten tokens, when only capitalized words and commas precede it; null without a
   * dateline. Call after the hits are found.
   */
  @Nullable String datelineCountry() {
    if (datelineCountry == null) {
      datelineCountry = readDateline();
    }
    return datelineCountry.isEmpty() ? null : datelineCountry;
  }

  private String readDateline() {
    String country = "";
    for (int k = 0; k < Math.min(10, tokens.size()); k++) {
      String w = word(k);
      if (w.equals("-")
          || w.equals("--")
          || w.equals("\u2014")
          || w.equals("\u2013")
          || w.equals("(")) {
        return k > 0 ? country : "";
      }
      Match<Hit> h = hitAt.get(k);
      if (DATELINE_MONTHS.contains(w)) {
        continue; // "BEIJING, May 5 (Xinhua) --": the month, not Theresa May
      }
      if (h != null) {
        String c = countryOfHit(h.value());
        if (c == null) {
          return "";
        }
        country = c;
        k = h.endToken() - 1;
      } else if (!w.equals(",")
          && !w.equals(".")
          && !Character.isDigit(w.charAt(0))
          && !Character.isUpperCase(w.charAt(0))) {
        return ""; // a date may stand in the dateline: "SEOUL, Oct. 3 (Wire) -"
      }
    }
    return "";
  }

  /**
   * Month names a dateline's date may hold, which the dictionary may also know as a short name
   * ("May").
   */
  private static final Set<String> DATELINE_MONTHS =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan.",
          "Feb.",
          "Mar.",
          "Apr.",
          "Jun.",
          "Jul.",
          "Aug.",
          "Sep.",
          "Sept.",
          "Oct.",
          "Nov.",
          "Dec.");

  private static @Nullable String countryOfHit(Hit h) {
    if (h instanceof Hit.CountryName c) {
      return c.country().code();
    }
    if (h instanceof Hit.PlaceName p) {
      return p.country().code();
    }
    if (h instanceof Hit.Metonym m) {
      return m.country().code();
    }
    return null;
  }

  /** Nouns of time that stand between phrases, not inside one ("Kenya yesterday police said"). */
  private static final Set<String> TIME_NOUNS =
      Set.of(
          "today",
          "yesterday",
          "tomorrow",
          "week",
          "month",
          "year",
          "weekend",
          "morning",
          "afternoon",
          "evening",
          "night",
          "day",
          "time",
          "tonight");

  /**
   * Whether token {@code k} is a lower-case adjective, noun or participle that can stand between a
   * nationality and the word it qualifies without changing whose it is: "Kenyan <i>riot</i>
   * police", "Irish <i>nationalist</i> guerrillas", "Iranian <i>intelligence</i> police". A "pro-"
   * or "anti-" word names another side ("the pro-Iranian militia" is not Iran's), and a dictionary
   * phrase is a modifier of its own kind.
   */
  boolean isDescriptiveModifier(int k) {
    if (k < 0 || k >= tokens.size() || coveredByHit(k, k + 1)) {
      return false;
    }
    String w = word(k);
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || TIME_NOUNS.contains(w)) {
      return false;
    }
    if (w.startsWith("pro-") || w.startsWith("anti-") || w.startsWith("non-")) {
      return false;
    }
    String tag = tokens.get(k).tag();
    return tag.equals("JJ") || tag.equals("NN") || tag.equals("VBN") || tag.equals("VBG");
  }

  String countryName(String code) {
    Country c = dictionary.country(code);
    return c == null ? code : c.name();
  }
}
