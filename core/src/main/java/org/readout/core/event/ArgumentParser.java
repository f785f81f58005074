package org.readout.core.event;

import java.util.List;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Sentence;

/**
 * An optional syntactic reader the events stage asks only when its shallow reading of a clause
 * finds a predicate but no source or no target (issue 8: "decide by measurement whether events
 * should read a dependency parse"). The {@code nlp} module implements it with CoreNLP's dependency
 * parser; core only reads token ranges back, so it stays free of any parser.
 *
 * <p>Design decision: the parser reads grammatical roles (agent, patient or recipient) and maps
 * voice itself, so that core never sees relation names; core maps the ranges to the actor mentions
 * the actor stage already found, and the parse never invents an actor.
 */
public interface ArgumentParser {
  /**
   * A reader for one article. It may keep each sentence's parse, so a second predicate of the same
   * sentence costs nothing. Not thread-safe: one per {@code apply}.
   */
  Session open(AnnotatedArticle doc);

  /** One article's reader. */
  interface Session {
    /**
     * The arguments of the predicate whose words are the article tokens {@code [first, end)} of
     * {@code sentence}.
     */
    Arguments read(Sentence sentence, int first, int end);

    /** How many sentences this reader has parsed so far (each at most once). */
    int parsedSentences();
  }

  /**
   * One argument phrase as article token indexes.
   *
   * @param head the phrase's head word
   * @param first the phrase's first token
   * @param last the phrase's last token, inclusive
   */
  record Argument(int head, int first, int last) {
    public Argument {
      if (first > head || head > last) {
        throw new IllegalArgumentException(
            "head " + head + " outside [" + first + ", " + last + "]");
      }
    }
  }

  /**
   * @param agents who acts (active subject, passive "by" agent, possessor of a noun event), each
   *     conjunct its own argument
   * @param patients who is acted on (object, passive subject, object of "against", "with", "on",
   *     "to" ...)
   */
  record Arguments(List<Argument> agents, List<Argument> patients) {
    public static final Arguments NONE = new Arguments(List.of(), List.of());

    public Arguments {
      agents = List.copyOf(agents);
      patients = List.copyOf(patients);
    }
  }
}
