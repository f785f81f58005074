package org.readout.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.ArgumentParser;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Sentence;
import org.readout.core.model.Token;

/**
 * CoreNLP's neural dependency parser (Universal Dependencies, {@code english_UD.gz} from the models
 * jar the adapter already uses) as the events stage's {@link ArgumentParser}: it parses a sentence
 * only when the events stage asks about one of its predicates, reusing Readout's tokens and tags,
 * and reads the predicate's arguments off the relations of its words:
 *
 * <ul>
 *   <li>agents: {@code nsubj} (active), {@code obl:agent} ("by X" after a passive), {@code
 *       nmod:poss} ("X's attack"), and the subject of the first verb of a coordination ("X met Y
 *       and signed ...");
 *   <li>patients: {@code obj}, {@code iobj}, {@code nsubj:pass}, and {@code obl} or {@code nmod}
 *       whose {@code case} is "against", "with", "on", "to", "at" (not after a noun: a venue),
 *       "into" or "upon";
 * </ul>
 *
 * each with its conjuncts ({@code conj}). Thread-safe: the parser model is shared and read-only;
 * each {@link #open} session keeps its own sentence cache.
 */
public final class DependencyArguments implements ArgumentParser {
  private static final Set<String> PATIENT_CASES =
      Set.of("against", "with", "on", "to", "at", "into", "upon");

  /**
   * After a noun event ({@code nmod}), "at" names the venue, not a party: "consultations at the
   * WTO", "talks at the UN"; a verb's "at" ({@code obl}) is its patient: "fired at the patrol".
   */
  private static final Set<String> NOUN_PATIENT_CASES =
      Set.of("against", "with", "on", "to", "into", "upon");

  /** Children not part of an argument's own phrase: clauses and other conjuncts. */
  private static final Set<String> OUTSIDE_PHRASE =
      Set.of("acl", "acl:relcl", "advcl", "parataxis", "conj", "cc", "punct", "ccomp", "dep");

  private static final AtomicLong SENTENCES = new AtomicLong();
  private static final AtomicLong TOKENS = new AtomicLong();

  private volatile @Nullable DependencyParser parser;

  /**
   * The English UD model (about 14 MB, a second or two) loads on the first sentence parsed, so that
   * a command that refuses its arguments or finds nothing to extract never waits for it.
   */
  public DependencyArguments() {}

  private DependencyParser parser() {
    DependencyParser p = parser;
    if (p == null) {
      synchronized (this) {
        p = parser;
        if (p == null) {
          p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
          parser = p;
        }
      }
    }
    return p;
  }

  /** Sentences parsed in this JVM so far, over all sessions (for {@code readout bench}). */
  public static long parsedSentences() {
    return SENTENCES.get();
  }

  /** Tokens of the sentences parsed in this JVM so far. */
  public static long parsedTokens() {
    return TOKENS.get();
  }

  @Override
  public Session open(AnnotatedArticle doc) {
    return new ArticleSession(doc);
  }

  /** One sentence's basic dependencies: head and relation of each word, sentence-local indexes. */
  record Parse(int offset, int[] head, String[] rel, String[] word) {
    int size() {
      return head.length;
    }
  }

  private final class ArticleSession implements Session {
    private final AnnotatedArticle doc;
    private final Map<Integer, Parse> parses = new HashMap<>();

    ArticleSession(AnnotatedArticle doc) {
      this.doc = doc;
    }

    @Override
    public int parsedSentences() {
      return parses.size();
    }

    @Override
    public Arguments read(Sentence sentence, int first, int end) {
      Parse p = parses.computeIfAbsent(sentence.firstToken(), k -> parse(doc, sentence));
      return DependencyArguments.read(p, first - p.offset(), end - p.offset());
    }
  }

  private Parse parse(AnnotatedArticle doc, Sentence s) {
    String text = doc.article().text();
    int from = s.firstToken();
    int to = Math.min(s.endToken(), doc.tokens().size());
    List<CoreLabel> words = new ArrayList<>(to - from);
    String[] surface = new String[to - from];
    for (int i = from; i < to; i++) {
      Token t = doc.tokens().get(i);
      CoreLabel w = new CoreLabel();
      String form = t.span().of(text);
      w.setWord(form);
      w.setValue(form);
      w.setOriginalText(form);
      w.setTag(t.tag());
      w.setIndex(i - from + 1);
      words.add(w);
      surface[i - from] = form.toLowerCase(java.util.Locale.ROOT);
    }
    int[] head = new int[words.size()];
    String[] rel = new String[words.size()];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "root");
    if (!words.isEmpty()) {
      GrammaticalStructure gs = parser().predict(words);
      for (TypedDependency d : gs.typedDependencies()) {
        int dep = d.dep().index() - 1;
        if (dep >= 0 && dep < head.length) {
          head[dep] = d.gov().index() - 1;
          rel[dep] = d.reln().toString();
        }
      }
    }
    SENTENCES.incrementAndGet();
    TOKENS.addAndGet(words.size());
    return new Parse(from, head, rel, surface);
  }

  /** The arguments of the predicate on sentence words {@code [a, b)}; package-private for tests. */
  static Arguments read(Parse p, int a, int b) {
    List<Integer> agents = new ArrayList<>();
    List<Integer> patients = new ArrayList<>();
    for (int w = a; w < b; w++) {
      boolean passive = hasChild(p, w, "nsubj:pass") || hasChild(p, w, "aux:pass");
      for (int c = 0; c < p.size(); c++) {
        if (p.head()[c] != w || (c >= a && c < b)) {
          continue;
        }
        String r = p.rel()[c];
        if (r.equals("nsubj") && !passive
            || r.equals("obl:agent")
            || r.equals("nmod:agent")
            || r.equals("nmod:poss")) {
          agents.add(c);
        } else if (r.equals("obj") || r.equals("iobj") || r.equals("nsubj:pass")) {
          patients.add(c);
        } else if (r.startsWith("obl") && patientCase(p, c, PATIENT_CASES)
            || r.startsWith("nmod") && patientCase(p, c, NOUN_PATIENT_CASES)) {
          patients.add(c);
        }
      }
    }
    if (agents.isEmpty() && p.rel()[a].equals("conj") && p.head()[a] >= 0) {
      // "X met Y and signed a deal": the second verb shares the first one's subject.
      int h = p.head()[a];
      for (int c = 0; c < p.size(); c++) {
        if (p.head()[c] == h && p.rel()[c].equals("nsubj")) {
          agents.add(c);
        }
      }
    }
    return new Arguments(
        phrases(p, withConjuncts(p, agents)), phrases(p, withConjuncts(p, patients)));
  }

  private static boolean patientCase(Parse p, int w, Set<String> cases) {
    for (int c = 0; c < p.size(); c++) {
      if (p.head()[c] == w && p.rel()[c].equals("case")) {
        return cases.contains(p.word()[c]);
      }
    }
    return false;
  }

  private static boolean hasChild(Parse p, int w, String rel) {
    for (int c = 0; c < p.size(); c++) {
      if (p.head()[c] == w && p.rel()[c].equals(rel)) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> withConjuncts(Parse p, List<Integer> heads) {
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      out.add(h);
      for (int c = 0; c < p.size(); c++) {
        if (p.head()[c] == h && p.rel()[c].equals("conj")) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static List<Argument> phrases(Parse p, List<Integer> heads) {
    List<Argument> out = new ArrayList<>();
    for (int h : heads) {
      int[] range = {h, h};
      extend(p, h, range);
      out.add(new Argument(h + p.offset(), range[0] + p.offset(), range[1] + p.offset()));
    }
    return out;
  }

  /** Grows {@code range} over {@code w}'s phrase: its dependents but clauses and conjuncts. */
  private static void extend(Parse p, int w, int[] range) {
    for (int c = 0; c < p.size(); c++) {
      if (p.head()[c] == w && !OUTSIDE_PHRASE.contains(p.rel()[c])) {
        range[0] = Math.min(range[0], c);
        range[1] = Math.max(range[1], c);
        extend(p, c, range);
      }
    }
  }

  static @Nullable String relationOf(Parse p, int w) {
    return w >= 0 && w < p.size() ? p.rel()[w] : null;
  }
}
