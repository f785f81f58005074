package org.readout.cli.bench;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.readout.cli.bench.Cast.Outlet;

/**
 * Writes one article about a happening in a style: title, then paragraphs added in the style's
 * order until the text reaches its target length. Stateless; the random stream passed in decides
 * every choice.
 */
final class ArticleComposer {
  /** A composed headline and body text (paragraphs separated by blank lines). */
  record Composed(String title, String text) {}

  private enum Part {
    OPEN,
    LEAD,
    DIRECT_S,
    DIRECT_T,
    INDIRECT_S,
    INDIRECT_T,
    BACKGROUND,
    SECONDARY,
    ANALYST,
    OUTLOOK,
    EXTRA,
    RECALL
  }

  private static final List<Part> WIRE =
      List.of(
          Part.LEAD,
          Part.DIRECT_S,
          Part.INDIRECT_T,
          Part.BACKGROUND,
          Part.DIRECT_T,
          Part.SECONDARY,
          Part.ANALYST,
          Part.INDIRECT_S,
          Part.OUTLOOK,
          Part.SECONDARY);
  private static final List<Part> TRANSLATED =
      List.of(
          Part.LEAD,
          Part.INDIRECT_S,
          Part.EXTRA,
          Part.INDIRECT_T,
          Part.DIRECT_S,
          Part.EXTRA,
          Part.BACKGROUND,
          Part.SECONDARY,
          Part.OUTLOOK,
          Part.DIRECT_T,
          Part.SECONDARY);
  private static final List<Part> ANALYSIS =
      List.of(
          Part.OPEN,
          Part.LEAD,
          Part.ANALYST,
          Part.BACKGROUND,
          Part.DIRECT_S,
          Part.INDIRECT_T,
          Part.ANALYST,
          Part.SECONDARY,
          Part.OUTLOOK,
          Part.DIRECT_T,
          Part.SECONDARY);

  /**
   * An article about an old happening: what was said then, dated then, and nothing that happens on
   * the day of the report between the same sides (no fresh quotes "after the talks", no outlook),
   * so that only the old date can place it.
   */
  private static final List<Part> RETROSPECTIVE =
      List.of(
          Part.OPEN,
          Part.LEAD,
          Part.RECALL,
          Part.ANALYST,
          Part.BACKGROUND,
          Part.RECALL,
          Part.SECONDARY,
          Part.ANALYST,
          Part.RECALL,
          Part.SECONDARY);

  private static final List<Part> BRIEF =
      List.of(Part.OPEN, Part.LEAD, Part.SECONDARY, Part.SECONDARY, Part.SECONDARY);

  /** The lead section of an article about an old happening; see {@link #RETROSPECTIVE}. */
  static final String RETRO_LEAD = "lead.retro";

  private final Templates templates;

  ArticleComposer(Templates templates) {
    this.templates = templates;
  }

  /**
   * @param leadSection the template section of the first sentence ({@code lead.consult}); a {@code
   *     .translated} variant is used where one exists
   * @param secondaries draws an unrelated background happening, dated before {@code published}
   */
  Composed compose(
      Happening main,
      String leadSection,
      Style style,
      Outlet outlet,
      LocalDate published,
      int targetTokens,
      SplittableRandom random,
      Function<SplittableRandom, Happening> secondaries) {
    Set<String> used = new HashSet<>();
    Scene scene =
        Scene.of(
            templates,
            random,
            main,
            style,
            DayPhrases.main(style, main.date(), published, random),
            outlet.name(),
            used);
    String titleSection = "title." + leadSection.substring("lead.".length());
    String title = scene.sentence(titleSection);
    boolean retrospective = leadSection.equals(RETRO_LEAD);
    List<Part> order = retrospective ? RETROSPECTIVE : order(style);
    StringBuilder text = new StringBuilder(targetTokens * 7);
    int tokens = 0;
    for (int i = 0; tokens < targetTokens - 15; i++) {
      // After one pass the order repeats without its opening paragraphs.
      Part part =
          i < order.size() ? order.get(i) : order.get(2 + (i - order.size()) % (order.size() - 2));
      String paragraph =
          paragraph(part, style, scene, leadSection, outlet, published, random, secondaries, used);
      if (i == 0) {
        paragraph = opening(style, main, outlet, published) + paragraph;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(paragraph);
      tokens += SyntheticCorpus.approximateTokens(paragraph);
    }
    return new Composed(title, text.toString());
  }

  private static List<Part> order(Style style) {
    return switch (style) {
      case WIRE -> WIRE;
      case TRANSLATED -> TRANSLATED;
      case ANALYSIS -> ANALYSIS;
      case BRIEF -> BRIEF;
    };
  }

  /** The dateline of wire and translated reports, empty for the others. */
  private static String opening(Style style, Happening main, Outlet outlet, LocalDate published) {
    return style == Style.WIRE || style == Style.TRANSLATED
        ? DayPhrases.dateline(style, main.city(), published, outlet.name())
        : "";
  }

  private String paragraph(
      Part part,
      Style style,
      Scene scene,
      String leadSection,
      Outlet outlet,
      LocalDate published,
      SplittableRandom random,
      Function<SplittableRandom, Happening> secondaries,
      Set<String> used) {
    String v = style == Style.TRANSLATED ? "translated" : "";
    return switch (part) {
      case OPEN -> scene.sentence(style == Style.BRIEF ? "brief.open" : "analysis.open");
      case RECALL -> scene.sentence("recall");
      case LEAD -> {
        String lead = scene.sentence(templates.variant(leadSection, v));
        yield style == Style.BRIEF ? lead + " " + scene.sentence("quote.indirect") : lead;
      }
      case DIRECT_S -> statement(scene, v, random);
      case DIRECT_T -> statement(scene.swapped(), v, random);
      case INDIRECT_S -> scene.sentence(templates.variant("quote.indirect", v));
      case INDIRECT_T -> scene.swapped().sentence(templates.variant("quote.indirect", v));
      case BACKGROUND ->
          random.nextBoolean()
              ? scene.sentence("background")
              : scene.sentence("background") + " " + scene.sentence("background");
      case ANALYST -> scene.sentence("analyst");
      case OUTLOOK -> scene.sentence("outlook");
      case EXTRA -> scene.sentence("translated.extra");
      case SECONDARY -> secondary(style, outlet, published, random, secondaries, used);
    };
  }

  /** A direct quote, half the time followed by a reported statement of the same speaker. */
  private String statement(Scene scene, String variant, SplittableRandom random) {
    String quote = scene.sentence(templates.variant("quote.direct", variant));
    return random.nextBoolean()
        ? quote
        : quote + " " + scene.sentence(templates.variant("quote.indirect", variant));
  }

  /** A background happening between other sides, dated earlier, in one or two sentences. */
  private String secondary(
      Style style,
      Outlet outlet,
      LocalDate published,
      SplittableRandom random,
      Function<SplittableRandom, Happening> secondaries,
      Set<String> used) {
    Happening other = secondaries.apply(random);
    String day =
        style == Style.BRIEF
            ? DayPhrases.main(style, other.date(), published, random)
            : DayPhrases.earlier(other.date(), published, random);
    Scene scene = Scene.of(templates, random, other, style, day, outlet.name(), used);
    String v = style == Style.TRANSLATED ? "translated" : "";
    String prefix = style == Style.BRIEF ? "" : templates.pick("SEPARATELY", random) + " ";
    String lead = scene.sentence(templates.variant("lead." + other.family().key(), v), prefix);
    return random.nextBoolean()
        ? lead
        : lead + " " + scene.sentence(templates.variant("quote.indirect", v));
  }
}
