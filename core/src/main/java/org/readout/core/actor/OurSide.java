package org.readout.core.actor;

/**
 * "Our military", "our government" in the reporter's own voice: translated Korean, Chinese and
 * Japanese copy (Yonhap, KBS, Xinhua, NHK in English) writes its own state in the first person
 * ("The Joint Chiefs of Staff said our military is tracking the launch"). Outside quotation marks
 * the "our" is the outlet's, so the body is the home country's ({@link HomeCountry}: the
 * dateline's, else the article's leading country). Inside a quote "our" is the speaker's, whom the
 * actor stage does not know yet, and stays unread.
 */
final class OurSide {
  private OurSide() {}

  /** Whether token {@code k} is a first-person plural possessive in the narration. */
  static boolean narratorsOwn(MentionContext c, int k) {
    if (k < 0 || k >= c.tokens.size()) {
      return false;
    }
    String w = c.word(k);
    return (w.equals("our") || w.equals("Our"))
        && !c.quoted.contains(c.tokens.get(k).span().start());
  }
}
