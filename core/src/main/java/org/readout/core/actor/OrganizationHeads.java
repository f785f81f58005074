package org.readout.core.actor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.core.model.Token;

/**
 * The CAMEO role an organization's name implies by its head noun: "Montenegro Assembly" is a
 * legislature (LEG), "Kenya Anti-Corruption Commission" a government body (GOV), "Korea Electric
 * Power" a business (BUS). The head is the last word, or the word before "of" ("Bank of Japan").
 *
 * <p>Design decision: a short table of head nouns rather than role phrases: the role dictionary's
 * phrases name people and bodies in running text ("the court"), while these words only say what
 * kind of body a proper name is. A head outside the table gives no role, and the organization keeps
 * its country without a code.
 */
final class OrganizationHeads {
  private OrganizationHeads() {}

  private static final Map<String, String> ROLE_OF_HEAD =
      Map.ofEntries(
          Map.entry("assembly", "LEG"),
          Map.entry("parliament", "LEG"),
          Map.entry("senate", "LEG"),
          Map.entry("congress", "LEG"),
          Map.entry("court", "JUD"),
          Map.entry("tribunal", "JUD"),
          Map.entry("police", "COP"),
          Map.entry("army", "MIL"),
          Map.entry("navy", "MIL"),
          Map.entry("forces", "MIL"),
          Map.entry("guard", "MIL"),
          Map.entry("ministry", "GOV"),
          Map.entry("commission", "GOV"),
          Map.entry("commision", "GOV"),
          Map.entry("government", "GOV"),
          Map.entry("agency", "GOV"),
          Map.entry("authority", "GOV"),
          Map.entry("office", "GOV"),
          Map.entry("party", "PTY"),
          Map.entry("bank", "BUS"),
          Map.entry("airlines", "BUS"),
          Map.entry("airways", "BUS"),
          Map.entry("corporation", "BUS"),
          Map.entry("corp", "BUS"),
          Map.entry("company", "BUS"),
          Map.entry("power", "BUS"),
          Map.entry("electric", "BUS"),
          Map.entry("motors", "BUS"),
          Map.entry("oil", "BUS"),
          Map.entry("petroleum", "BUS"),
          Map.entry("telecom", "BUS"),
          Map.entry("university", "EDU"),
          Map.entry("television", "MED"),
          Map.entry("radio", "MED"));

  /**
   * The role code ("LEG", "BUS") of the name over tokens {@code [first, end)}, or "" when its head
   * is none of the known kinds.
   */
  static String roleCode(List<Token> tokens, int first, int end, String text) {
    int head = end - 1;
    for (int k = first + 1; k < end; k++) {
      if (tokens.get(k).span().of(text).equals("of")) {
        head = k - 1;
        break;
      }
    }
    String word = tokens.get(head).span().of(text).toLowerCase(Locale.ROOT);
    return ROLE_OF_HEAD.getOrDefault(word, "");
  }
}
