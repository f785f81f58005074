package org.readout.ingest.rss;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Cuts a broken feed after its last complete item before the break and closes it again. */
final class FeedRepair {
  private static final Pattern ROOT =
      Pattern.compile("<(rss|feed|rdf:RDF|RDF)[\\s>]", Pattern.CASE_INSENSITIVE);

  private FeedRepair() {}

  /**
   * The feed up to the last {@code </item>} or {@code </entry>} that ends before {@code breakAt},
   * with the elements that enclose items closed; null when no item ends before the break.
   */
  static @Nullable String cutBefore(String xml, int breakAt) {
    String before = xml.substring(0, Math.max(0, Math.min(breakAt, xml.length())));
    int item = Math.max(before.lastIndexOf("</item>"), before.lastIndexOf("</entry>"));
    Matcher root = ROOT.matcher(before);
    if (item < 0 || !root.find()) {
      return null;
    }
    int end = before.indexOf('>', item) + 1;
    String closing =
        switch (root.group(1)) {
          case "rss" -> before.contains("<channel") ? "</channel></rss>" : "</rss>";
          case "feed" -> "</feed>";
          default -> "</" + root.group(1) + ">";
        };
    return before.substring(0, end) + closing;
  }
}
