package org.readout.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Story ids: {@code s} and 12 hex digits of the SHA-256 of the story's smallest document id.
 *
 * <p>Design decision: an id derived from the members, not a counter, so the same articles make the
 * same id in any ingest order. The id changes when a story gains an article whose id sorts first or
 * when two stories merge; the smallest id keeps it stable in the common case (later reports
 * joining), and a hash keeps it short and URL-safe whatever the document ids look like.
 */
public final class StoryId {
  private StoryId() {}

  /** The id of a story with these documents (at least one). */
  public static String of(Collection<String> documents) {
    String smallest =
        documents.stream()
            .min(String::compareTo)
            .orElseThrow(() -> new IllegalArgumentException("a story has documents"));
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] d = sha.digest(smallest.getBytes(StandardCharsets.UTF_8));
    return "s" + HexFormat.of().formatHex(d).substring(0, 12);
  }
}
