package org.readout.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.MentionKind;
import org.readout.core.quote.TextIndex.MentionRef;

/**
 * Finds where the article names a reporting channel: "according to Xinhua", "TASS reported", "told
 * TASS", "quoted by RIA", "in an interview with Reuters", "in a Kremlin readout". A channel governs
 * the quotes from the start of the sentence that names it until the next channel is named.
 */
final class ChannelFinder {
  /**
   * A channel named in the sentence starting at {@code offset}; {@code actorId} is the agency or
   * government.
   */
  record Channel(int offset, String actorId) {}

  private static final int WINDOW = 10;
  private static final Set<String> TOWARD =
      Set.of("told", "tell", "tells", "telling", "with", "by", "via");
  private static final Set<String> READOUT =
      Set.of("readout", "readouts", "communique", "communiqué");

  private ChannelFinder() {}

  static List<Channel> find(TextIndex ix, SpeakerFinder speech) {
    List<Channel> out = new ArrayList<>();
    for (int t = 0; t < ix.size(); t++) {
      if (ix.quoted(t)) {
        continue;
      }
      String w = ix.lower(t);
      MentionRef found = null;
      if (w.equals("according") && t + 1 < ix.size() && ix.lower(t + 1).equals("to")) {
        found = agencyWithin(ix, t + 2, WINDOW);
      } else if (TOWARD.contains(w)) {
        // "told TASS", "an interview with Reuters", "quoted by RIA": only right after the
        // preposition or verb.
        found = agencyWithin(ix, t + 1, 4);
      } else if (READOUT.contains(w)) {
        found = government(ix, t);
      } else if (speech.isSpeechVerb(t) && t > 0) {
        MentionRef r = ix.mentionAt(t - 1);
        if (r != null && r.isOutlet()) {
          found = r;
        }
      }
      if (found != null) {
        int offset = ix.span(ix.sentenceStart(t)).start();
        if (out.isEmpty() || !out.get(out.size() - 1).actorId().equals(found.actor().id())) {
          out.add(new Channel(offset, found.actor().id()));
        }
      }
    }
    return out;
  }

  /**
   * The first news-outlet mention in the next {@code window} tokens of the sentence, stopping at a
   * comma.
   */
  private static @Nullable MentionRef agencyWithin(TextIndex ix, int from, int window) {
    int end = Math.min(ix.size(), from + window);
    for (int k = from; k < end && ix.sentenceStart(k) == ix.sentenceStart(from); k++) {
      if (ix.lower(k).equals(",") || ix.quoted(k) || ix.isMark(k)) {
        return null;
      }
      MentionRef r = ix.mentionAt(k);
      if (r != null && r.isOutlet()) {
        return r;
      }
    }
    return null;
  }

  /**
   * "a Kremlin readout", "the readout from Beijing": the nearest non-person actor within three
   * tokens.
   */
  private static @Nullable MentionRef government(TextIndex ix, int t) {
    for (int d = 1; d <= 3; d++) {
      for (int k : new int[] {t - d, t + d}) {
        if (k < 0 || k >= ix.size() || ix.sentenceStart(k) != ix.sentenceStart(t)) {
          continue;
        }
        MentionRef r = ix.mentionAt(k);
        if (r != null && !r.isPerson() && r.mention().kind() != MentionKind.PRONOUN) {
          return r;
        }
      }
    }
    return null;
  }

  /** The channel governing {@code offset}: the last one named at or before it, or null. */
  static @Nullable String at(List<Channel> channels, int offset) {
    int lo = 0;
    int hi = channels.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (channels.get(mid).offset() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? null : channels.get(lo - 1).actorId();
  }
}
