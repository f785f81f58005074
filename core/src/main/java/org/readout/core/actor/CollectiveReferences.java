package org.readout.core.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.Token;

/**
 * Collective back-references to a list of states named just before: "Japan, South Korea and the
 * United States held a summit. <b>The three countries</b> agreed ...", "<b>The allies</b> also
 * condemned ...", "<b>both governments</b>". Each becomes a group actor whose members are the
 * list's actors, so that the events stage codes one event per member (it expands {@link
 * Actor#members()} on either side), as CAMEO coders split a compound actor into its states.
 *
 * <p>The antecedent is the most recent <i>coordinated list</i> ("X, Y and Z", "X and Y", "X as well
 * as Y") of actors with distinct countries in this sentence before the phrase or in the three
 * before it, whose size is the phrase's count ("the three countries" takes a list of three, "both"
 * and "the two" a list of two); a phrase without a count ("the allies", "the neighbours") takes a
 * list of two to five. Without such a list nothing changes: the events stage still reads "both
 * sides" and "the two countries" as the article's leading pair ({@code PairAddressee}).
 *
 * <p>Design decision: a pass over the resolved actors rather than a branch of the left-to-right
 * resolution, because the list's members are only known once the sentence is resolved; a mention
 * the resolution made of the phrase ("governments" read as one government) gives way to the group.
 */
final class CollectiveReferences {
  private CollectiveReferences() {}

  /** Nouns that refer back to a list of states after a count or "the". */
  private static final Set<String> NOUNS =
      Set.of(
          "countries",
          "nations",
          "states",
          "governments",
          "allies",
          "neighbours",
          "neighbors",
          "partners",
          "powers",
          "sides",
          "capitals");

  /** Of {@link #NOUNS}, those that refer back after a bare "the" (no count): "the allies". */
  private static final Set<String> WITHOUT_COUNT =
      Set.of(
          "allies", "neighbours", "neighbors", "partners", "countries", "nations", "governments");

  private static final Map<String, Integer> COUNTS =
      Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5);

  /**
   * Words after a count-less "the countries" that make it a new set ("the countries of the region",
   * "the countries that backed ...") rather than a back-reference.
   */
  private static final Set<String> RESTRICTORS =
      Set.of("of", "in", "from", "that", "which", "who", "across", "around", "outside", "with");

  /** Words a coordinated list may hold between two of its mentions, beside capitalized titles. */
  private static final Set<String> LIST_GLUE =
      Set.of(",", "and", "the", "as", "well", "along", "with", "plus", "&");

  /** How many sentences before the phrase's own a list may stand. */
  private static final int SENTENCES_BACK = 3;

  private static final int MAX_MODIFIERS = 2;

  /** A mention of an actor with a country, in text order. */
  private record Ref(
      String actorId, @Nullable String country, List<String> members, Span span, int sentence) {}

  /** A collective phrase at tokens {@code [first, noun]}; {@code count} 0 when it gives none. */
  private record Phrase(int first, int noun, int count) {}

  /** {@code actors} with a group actor for each collective back-reference that has a list. */
  static List<Actor> add(AnnotatedArticle doc, List<Actor> actors) {
    List<Token> tokens = doc.tokens();
    String text = doc.text();
    int[] sentenceOf = sentenceOfTokens(doc);
    List<Ref> refs = refs(doc, actors, sentenceOf);
    Map<String, Actor> out = new LinkedHashMap<>();
    actors.forEach(a -> out.put(a.id(), a));
    for (int k = 0; k < tokens.size(); k++) {
      Phrase p = phraseAt(text, tokens, k);
      if (p == null) {
        continue;
      }
      Span span = new Span(tokens.get(p.first()).span().start(), tokens.get(p.noun()).span().end());
      if (heldByGroup(out.values(), span)) {
        continue; // "the two leaders" already resolved to people
      }
      List<Ref> list = antecedent(text, refs, span.start(), sentenceOf[k], p.count());
      if (list == null) {
        continue;
      }
      withoutMentionsIn(out, span);
      List<String> members = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Ref r : list) {
        for (String id : r.members().isEmpty() ? List.of(r.actorId()) : r.members()) {
          if (!members.contains(id)) {
            members.add(id);
            Actor m = out.get(id);
            names.add(m == null ? id : m.name());
          }
        }
      }
      String id =
          "group/"
              + String.join(
                  "+",
                  members.stream().sorted().map(s -> s.substring(s.indexOf('/') + 1)).toList());
      Actor old = out.get(id);
      List<Mention> mentions = new ArrayList<>(old == null ? List.of() : old.mentions());
      mentions.add(new Mention(span, MentionKind.GROUP));
      out.put(
          id,
          new Actor(
              id,
              old == null ? String.join(" and ", names) : old.name(),
              ActorKind.GROUP,
              null,
              null,
              null,
              null,
              mentions,
              members));
      k = p.noun();
    }
    return List.copyOf(out.values());
  }

  /** The collective phrase whose first token is {@code k}, or null. */
  private static @Nullable Phrase phraseAt(String text, List<Token> tokens, int k) {
    String w = tokens.get(k).span().of(text).toLowerCase(Locale.ROOT);
    boolean the = w.equals("the");
    if (k > 0
        && tokens.get(k - 1).span().of(text).equalsIgnoreCase("the")
        && COUNTS.containsKey(w)) {
      return null; // "the two": read from "the"
    }
    int j = the ? k + 1 : k;
    int count = 0;
    if (j < tokens.size()) {
      Integer c = COUNTS.get(tokens.get(j).span().of(text).toLowerCase(Locale.ROOT));
      if (c != null) {
        count = c;
        j++;
      }
    }
    if (!the && count == 0) {
      return null;
    }
    for (int n = 0; j < tokens.size() && n <= MAX_MODIFIERS; n++, j++) {
      String x = tokens.get(j).span().of(text);
      if (NOUNS.contains(x)) {
        break;
      }
      String tag = tokens.get(j).tag();
      boolean modifier =
          !x.isEmpty()
              && Character.isLowerCase(x.charAt(0))
              && (tag.equals("JJ") || tag.equals("VBN") || x.contains("-"))
              && !x.equals("other");
      if (!modifier) {
        return null;
      }
    }
    if (j >= tokens.size() || !NOUNS.contains(tokens.get(j).span().of(text))) {
      return null;
    }
    String noun = tokens.get(j).span().of(text);
    if (count == 0 && !WITHOUT_COUNT.contains(noun)) {
      return null;
    }
    if (k > 0 && tokens.get(k - 1).span().of(text).equalsIgnoreCase("other")) {
      return null;
    }
    if (j + 1 < tokens.size()) {
      Token next = tokens.get(j + 1);
      String nw = next.span().of(text);
      boolean possessive = nw.equals("'s") || nw.equals("'");
      if (next.tag().startsWith("NN") && !possessive) {
        return null; // "the two countries' ..." is fine; "the allies summit" is not this
      }
      if (count == 0 && RESTRICTORS.contains(nw.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return new Phrase(k, j, count);
  }

  /**
   * The most recent coordinated list that ends before {@code before}, in sentence {@code sentence}
   * or the three before it, of {@code count} distinct countries (2 to 5 when 0), or null.
   */
  private static @Nullable List<Ref> antecedent(
      String text, List<Ref> refs, int before, int sentence, int count) {
    int last = -1;
    for (int i = 0; i < refs.size(); i++) {
      if (refs.get(i).span().end() <= before) {
        last = i;
      }
    }
    int i = last;
    while (i >= 0 && refs.get(i).sentence() >= sentence - SENTENCES_BACK) {
      List<Ref> run = new ArrayList<>();
      run.add(0, refs.get(i));
      int j = i - 1;
      while (j >= 0
          && refs.get(j).sentence() == refs.get(i).sentence()
          && isGlue(text, refs.get(j).span().end(), run.get(0).span().start())) {
        run.add(0, refs.get(j));
        j--;
      }
      int size = countries(run);
      boolean fits = count == 0 ? size >= 2 && size <= 5 : size == count;
      if (fits && size == run.size()) {
        return run;
      }
      i = j;
    }
    return null;
  }

  /** How many distinct countries a run's mentions name, a group counting its members. */
  private static int countries(List<Ref> run) {
    List<String> seen = new ArrayList<>();
    int n = 0;
    for (Ref r : run) {
      if (!r.members().isEmpty()) {
        n += r.members().size();
        continue;
      }
      if (r.country() == null || seen.contains(r.country())) {
        return -1; // "Japan and Tokyo": not a list of states
      }
      seen.add(r.country());
      n++;
    }
    return n;
  }

  /**
   * Whether the text between two mentions joins them in one list: a comma or "and" (or "as well
   * as", "along with"), perhaps with "the" and a capitalized title ("and Prime Minister").
   */
  private static boolean isGlue(String text, int from, int to) {
    if (to < from) {
      return false;
    }
    String gap = text.substring(from, to).strip();
    if (gap.isEmpty()) {
      return false;
    }
    boolean joins = false;
    for (String w : gap.replace(",", " , ").split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.equals(",") || w.equals("and") || w.equals("with") || w.equals("plus")) {
        joins = true;
      }
      if (!LIST_GLUE.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return joins;
  }

  /** Mentions of actors with a country or members, outermost only, in text order. */
  private static List<Ref> refs(AnnotatedArticle doc, List<Actor> actors, int[] sentenceOf) {
    List<Ref> all = new ArrayList<>();
    for (Actor a : actors) {
      if (a.country() == null && a.members().isEmpty()) {
        continue;
      }
      if (a.kind() == ActorKind.PLACE) {
        continue; // "Seoul and Tokyo" are cities in a list of places, not the states
      }
      for (Mention m : a.mentions()) {
        all.add(
            new Ref(
                a.id(), a.country(), a.members(), m.span(), sentenceAt(doc, sentenceOf, m.span())));
      }
    }
    all.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    List<Ref> outer = new ArrayList<>();
    for (Ref r : all) {
      if (!outer.isEmpty() && outer.get(outer.size() - 1).span().end() > r.span().start()) {
        Ref prev = outer.get(outer.size() - 1);
        if (r.span().end() - r.span().start() > prev.span().end() - prev.span().start()) {
          outer.set(outer.size() - 1, r);
        }
        continue;
      }
      outer.add(r);
    }
    return outer;
  }

  private static int[] sentenceOfTokens(AnnotatedArticle doc) {
    int[] out = new int[doc.tokens().size()];
    List<Sentence> sentences = doc.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      for (int k = sentences.get(s).firstToken(); k < sentences.get(s).endToken(); k++) {
        out[k] = s;
      }
    }
    return out;
  }

  private static int sentenceAt(AnnotatedArticle doc, int[] sentenceOf, Span span) {
    List<Token> tokens = doc.tokens();
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).span().start() <= span.start()) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return tokens.isEmpty() ? 0 : sentenceOf[lo];
  }

  private static boolean heldByGroup(Iterable<Actor> actors, Span span) {
    for (Actor a : actors) {
      if (a.members().isEmpty()) {
        continue;
      }
      for (Mention m : a.mentions()) {
        if (m.span().overlaps(span)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Drops the mentions inside {@code span} ("governments" read as one), and emptied actors. */
  private static void withoutMentionsIn(Map<String, Actor> actors, Span span) {
    for (Actor a : List.copyOf(actors.values())) {
      List<Mention> kept = a.mentions().stream().filter(m -> !m.span().overlaps(span)).toList();
      if (kept.size() == a.mentions().size()) {
        continue;
      }
      if (kept.isEmpty()) {
        actors.remove(a.id());
      } else {
        actors.put(a.id(), a.withMentions(kept));
      }
    }
  }
}
