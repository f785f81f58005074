package org.readout.cli.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Mention;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * Counts quote-detection and speaker-attribution matches between gold and predicted quotes. A
 * predicted quote matches a gold one of an accepted kind when their overlap is at least half the
 * longer of the two spans; matching is one-to-one, greedy in text order. A matched pair is a
 * correct attribution when the gold speaker name equals the predicted actor's name (ignoring case),
 * or one contains the other, or the gold name is the text of one of the actor's mentions.
 */
final class QuoteScorer {
  /** Running totals over documents. */
  static final class Counts {
    int gold;
    int predicted;
    int matched;
    int goldWithSpeaker;
    int predictedWithSpeaker;
    int speakerCorrect;
    int documents;

    double detectionPrecision() {
      return Scores.ratio(matched, predicted);
    }

    double detectionRecall() {
      return Scores.ratio(matched, gold);
    }

    double speakerPrecision() {
      return Scores.ratio(speakerCorrect, predictedWithSpeaker);
    }

    double speakerRecall() {
      return Scores.ratio(speakerCorrect, goldWithSpeaker);
    }
  }

  private final Set<QuoteKind> kinds;

  QuoteScorer(Set<QuoteKind> kinds) {
    this.kinds = Set.copyOf(kinds);
  }

  void add(Counts c, QuoteGold gold, AnnotatedArticle doc) {
    List<QuoteGold.Item> golds =
        gold.quotes().stream().filter(q -> kinds.contains(q.kind())).toList();
    List<Quote> preds = doc.quotes().stream().filter(q -> kinds.contains(q.kind())).toList();
    c.documents++;
    c.gold += golds.size();
    c.predicted += preds.size();
    golds.forEach(g -> c.goldWithSpeaker += g.speaker() == null ? 0 : 1);
    preds.forEach(p -> c.predictedWithSpeaker += p.speaker() == null ? 0 : 1);
    boolean[] used = new boolean[preds.size()];
    for (QuoteGold.Item g : golds) {
      for (int i = 0; i < preds.size(); i++) {
        if (!used[i] && matches(g.span(), preds.get(i).span())) {
          used[i] = true;
          c.matched++;
          Quote p = preds.get(i);
          if (g.speaker() != null && sameSpeaker(g.speaker(), doc.actor(p.speaker()), doc.text())) {
            c.speakerCorrect++;
          }
          break;
        }
      }
    }
  }

  /**
   * Scores a MEANTIME document (docs/quotes.md): only predicted quotes of an accepted kind that
   * start in the annotated region count. A prediction matches a gold statement when its cue
   * overlaps the gold speech verb or its span contains one of the statement's anchors (words of the
   * reported content); cue matches are paired first. The speaker is right when the gold Arg0
   * entity's name, or the Arg0 words, name the predicted actor.
   */
  void add(Counts c, QuoteMeantimeDocument gold, AnnotatedArticle doc) {
    List<QuoteMeantimeDocument.Statement> golds = gold.statements();
    List<Quote> preds =
        doc.quotes().stream()
            .filter(q -> kinds.contains(q.kind()) && q.span().start() < gold.region().end())
            .toList();
    c.documents++;
    c.gold += golds.size();
    c.predicted += preds.size();
    golds.forEach(g -> c.goldWithSpeaker += g.speaker() == null ? 0 : 1);
    preds.forEach(p -> c.predictedWithSpeaker += p.speaker() == null ? 0 : 1);
    boolean[] used = new boolean[preds.size()];
    boolean[] done = new boolean[golds.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (int g = 0; g < golds.size(); g++) {
        QuoteMeantimeDocument.Statement st = golds.get(g);
        for (int i = 0; i < preds.size() && !done[g]; i++) {
          Quote p = preds.get(i);
          boolean hit =
              pass == 0
                  ? p.cue() != null && p.cue().overlaps(st.cue())
                  : st.anchors().stream().anyMatch(a -> p.span().contains(a));
          if (used[i] || !hit) {
            continue;
          }
          used[i] = true;
          done[g] = true;
          c.matched++;
          Actor a = doc.actor(p.speaker());
          if (st.speaker() != null
              && (sameSpeaker(st.speaker(), a, doc.text())
                  || (named(st.speakerMention())
                      && sameSpeaker(st.speakerMention(), a, doc.text())))) {
            c.speakerCorrect++;
          }
        }
      }
    }
  }

  /**
   * Whether Arg0 words are a name ("Spokeswoman Sandy Angers"), not a pronoun or a description
   * ("the firm").
   */
  private static boolean named(@Nullable String words) {
    return words != null
        && words.length() > 3
        && Character.isUpperCase(words.charAt(0))
        && words.chars().skip(1).anyMatch(Character::isUpperCase);
  }

  static boolean matches(Span gold, Span predicted) {
    int overlap = Math.min(gold.end(), predicted.end()) - Math.max(gold.start(), predicted.start());
    return overlap > 0 && 2 * overlap >= Math.max(gold.length(), predicted.length());
  }

  static boolean sameSpeaker(String goldName, @Nullable Actor actor, String text) {
    if (actor == null) {
      return false;
    }
    String g = goldName.strip().toLowerCase(Locale.ROOT);
    String name = actor.name().toLowerCase(Locale.ROOT);
    if (g.isEmpty()) {
      return false;
    }
    if (name.equals(g) || name.contains(g) || g.contains(name)) {
      return true;
    }
    for (Mention m : actor.mentions()) {
      if (m.span().of(text).toLowerCase(Locale.ROOT).equals(g)) {
        return true;
      }
    }
    return false;
  }
}
