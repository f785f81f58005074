package org.readout.core.actor;

import java.util.Set;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Span;

/**
 * Back-references to a company by a common noun ("the company", "the carmaker"), as {@link
 * DocumentResolution#handleCompanyDescription} takes them.
 *
 * <p>Split out of {@link DocumentResolution}; static, as {@link LedBy} and {@link Principals} are.
 */
final class CompanyDescriptions {
  /** Nouns by which news refers back to a company it has named. */
  private static final Set<String> COMPANY_NOUNS =
      Set.of(
          "company",
          "firm",
          "carmaker",
          "automaker",
          "airline",
          "carrier",
          "manufacturer",
          "planemaker",
          "lender",
          "retailer",
          "insurer",
          "conglomerate",
          "group");

  /**
   * "the company", "the carmaker": the organization most recently named in this or the previous two
   * paragraphs. News refers back to a company this way as it refers back to a person with "he".
   */
  static boolean handle(MentionContext c, int k) {
    if (k == 0
        || !COMPANY_NOUNS.contains(c.word(k))
        || !c.word(k - 1).equalsIgnoreCase("the")
        || !c.tokens.get(k).tag().startsWith("NN")) {
      return false;
    }
    int at = c.tokens.get(k).span().start();
    Builder latest = null;
    int latestStart = -1;
    for (Builder b : c.actors.all()) {
      // Companies only: international bodies, parties and armed groups are not "the company".
      boolean company = b.code == null || b.code.endsWith("BUS") || b.code.endsWith("MNC");
      if (b.kind != ActorKind.ORGANIZATION || !company) {
        continue;
      }
      for (Mention m : b.mentions) {
        int start = m.span().start();
        if (start < at && start > latestStart) {
          latest = b;
          latestStart = start;
        }
      }
    }
    if (latest == null
        || Paragraph.indexAt(c.doc.paragraphs(), at)
                - Paragraph.indexAt(c.doc.paragraphs(), latestStart)
            > 2) {
      return false;
    }
    c.actors.mention(
        latest,
        new Span(c.tokens.get(k - 1).span().start(), c.tokens.get(k).span().end()),
        MentionKind.DESCRIPTION);
    return true;
  }

  private CompanyDescriptions() {}
}
