package org.readout.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.readout.core.model.Article;

/**
 * The identity of an article's content: SHA-256 over everything extraction reads (title, text,
 * document date and its source, URL, and the outlet when the input names one). Two versions with
 * the same hash produce the same record, so re-ingesting one changes nothing.
 */
public final class ContentHash {
  private ContentHash() {}

  /** Lower-case hex SHA-256 of the article's content fields. */
  public static String of(Article a) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (String field :
        new String[] {
          a.title(),
          a.text(),
          a.date() == null ? null : a.date().toString(),
          a.dateSource().label(),
          a.url()
        }) {
      // A NUL separates fields and a leading 0/1 marks absence, so ("ab", "") and ("a", "b")
      // and null and "" all hash apart.
      sha.update(field == null ? (byte) 0 : (byte) 1);
      if (field != null) {
        sha.update(field.getBytes(StandardCharsets.UTF_8));
      }
      sha.update((byte) 0);
    }
    if (a.outlet() != null) {
      // Only a named outlet is hashed, so the hashes of articles without one stay as they were.
      sha.update((byte) 2);
      sha.update(a.outlet().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
