package org.readout.core.event;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.ArgumentParser.Argument;
import org.readout.core.event.ArgumentParser.Arguments;
import org.readout.core.event.DocView.MentionRef;
import org.readout.core.event.PatternMatcher.Match;
import org.readout.core.model.Sentence;

/**
 * The events stage's side of {@link ArgumentParser}: asks the parser for a predicate's arguments
 * only when the shallow reader found none, and maps the parsed phrases to the actor mentions the
 * actor stage found. Without a parser every answer is empty, so the stage codes exactly as before.
 * One per {@code apply}.
 */
final class ParsedArguments {
  private final DocView v;
  private final ArgumentParser.@Nullable Session session;
  private @Nullable Sentence sentence;
  private int cachedStart = -1;
  private Arguments cached = Arguments.NONE;

  ParsedArguments(DocView v, ArgumentParser.@Nullable Session session) {
    this.v = v;
    this.session = session;
  }

  /** Sets the sentence the next questions are about. */
  void sentence(Sentence s) {
    sentence = s;
    cachedStart = -1;
  }

  /**
   * The actors the parse makes the predicate's agents ("X" in "X shelled", "by X", "X's attack").
   */
  List<MentionRef> agents(Match m) {
    return mentionOutside(m, List.of()) ? mentions(read(m).agents(), m) : List.of();
  }

  /** The actors the parse makes the predicate's patients or recipients. */
  List<MentionRef> patients(Match m) {
    return patients(m, List.of());
  }

  /** The patients, not asking the parser when no actor but {@code sources} could be one. */
  List<MentionRef> patients(Match m, List<String> sources) {
    return mentionOutside(m, sources) ? mentions(read(m).patients(), m) : List.of();
  }

  /**
   * Whether the sentence has a mention outside the predicate of an actor not in {@code excluded}:
   * the parse maps only to such mentions, so without one the sentence is not parsed at all (issue
   * 8: a quarter of the sentences were parsed before this check; it costs one pass over them).
   */
  private boolean mentionOutside(Match m, List<String> excluded) {
    if (session == null || sentence == null) {
      return false;
    }
    int end = Math.min(sentence.endToken(), v.tokens.size());
    for (int i = sentence.firstToken(); i < end; i++) {
      MentionRef r = v.mentionAt[i];
      if (r != null
          && (r.last() < m.start() || r.first() >= m.end())
          && !excluded.contains(r.actorId())) {
        return true;
      }
    }
    return false;
  }

  private Arguments read(Match m) {
    if (session == null || sentence == null) {
      return Arguments.NONE;
    }
    if (cachedStart != m.start()) {
      cached = session.read(sentence, m.start(), m.end());
      cachedStart = m.start();
    }
    return cached;
  }

  /**
   * The mention on each phrase's head, else the first mention inside the phrase ("the foreign
   * ministry of X"), never one inside the predicate itself; each actor once.
   */
  private List<MentionRef> mentions(List<Argument> args, Match m) {
    List<MentionRef> out = new ArrayList<>();
    for (Argument a : args) {
      MentionRef found = v.mentionAt[a.head()];
      for (int i = a.first(); found == null && i <= a.last(); i++) {
        found = v.mentionAt[i];
      }
      if (found == null || (found.last() >= m.start() && found.first() < m.end())) {
        continue;
      }
      boolean seen = false;
      for (MentionRef r : out) {
        seen |= r.actorId().equals(found.actorId());
      }
      if (!seen) {
        out.add(found);
      }
    }
    return out;
  }
}
