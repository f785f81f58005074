package org.readout.cli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills template slots for one happening as one article tells it. Fixed slots (the sides, the day,
 * the place, the topic) keep one value; any other slot draws from the pool of that name. Not
 * thread-safe: one per article.
 */
final class Scene {
  private static final int MAX_DEPTH = 4;

  private final Templates templates;
  private final SplittableRandom random;
  private final Map<String, String> fixed;
  private final boolean cooperative;
  private final Set<String> used;

  private Scene(
      Templates templates,
      SplittableRandom random,
      Map<String, String> fixed,
      boolean cooperative,
      Set<String> used) {
    this.templates = templates;
    this.random = random;
    this.fixed = fixed;
    this.cooperative = cooperative;
    this.used = used;
  }

  /**
   * @param dayPhrase how this article writes the happening's day ("on Tuesday")
   * @param used templates already used in the article, shared with its other scenes
   */
  static Scene of(
      Templates templates,
      SplittableRandom random,
      Happening h,
      Style style,
      String dayPhrase,
      String outlet,
      Set<String> used) {
    Map<String, String> slots = new HashMap<>();
    side(slots, "S", h.source(), style);
    side(slots, "T", h.target(), style);
    slots.put("D", dayPhrase);
    slots.put("CITY", h.city());
    slots.put("TOPIC", h.topic());
    slots.put("MEETING", h.family().meeting());
    slots.put("OUT", outlet);
    slots.put("OLD", DayPhrases.full(h.date()));
    slots.put("OLDMONTH", DayPhrases.monthYear(h.date()));
    return new Scene(templates, random, slots, h.family().cooperative(), used);
  }

  private static void side(Map<String, String> slots, String p, Party party, Style style) {
    slots.put(p, party.first());
    slots.put(p.toLowerCase(java.util.Locale.ROOT), party.later(style));
    slots.put(p + "N", party.nation().name());
    slots.put(p + "A", party.nation().adjective());
    slots.put(p + "C", party.nation().capital());
    slots.put(p + "X", party.nation().city());
  }

  /** This scene told from the other side: source and target slots exchanged. */
  Scene swapped() {
    Map<String, String> slots = new HashMap<>(fixed);
    for (String k : List.of("", "N", "A", "C", "X")) {
      slots.put("S" + k, fixed.get("T" + k));
      slots.put("T" + k, fixed.get("S" + k));
    }
    slots.put("s", fixed.get("t"));
    slots.put("t", fixed.get("s"));
    return new Scene(templates, random, slots, cooperative, used);
  }

  /** A scene with one more fixed slot. */
  Scene with(String slot, String value) {
    Map<String, String> slots = new HashMap<>(fixed);
    slots.put(slot, value);
    return new Scene(templates, random, slots, cooperative, used);
  }

  /** A template of {@code section} not yet used in the article when there is one, rendered. */
  String sentence(String section) {
    return sentence(section, "");
  }

  /**
   * As {@link #sentence(String)}, after {@code prefix} ("Separately, "); a template that opens with
   * a common word ("Thousands of ...") is lower-cased after it.
   */
  String sentence(String section, String prefix) {
    String template = fresh(section);
    String rendered = render(template, 0);
    if (!prefix.isEmpty() && Character.isUpperCase(template.charAt(0))) {
      rendered = Character.toLowerCase(rendered.charAt(0)) + rendered.substring(1);
    }
    return capitalize(prefix + rendered);
  }

  /** A line of {@code section}, avoiding (three tries) lines the article has already used. */
  private String fresh(String section) {
    List<String> lines = templates.section(section);
    String line = lines.get(random.nextInt(lines.size()));
    for (int tries = 0; tries < 3 && used.contains(line); tries++) {
      line = lines.get(random.nextInt(lines.size()));
    }
    used.add(line);
    return line;
  }

  String render(String template, int depth) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String value = slot(template.substring(i + 1, close), depth);
      out.append(value);
      i = close + 1;
      // "Marcos Jr." at the end of a sentence takes no second full stop.
      if (value.endsWith(".") && i < template.length() && template.charAt(i) == '.') {
        i++;
      }
    }
    return out.toString();
  }

  private String slot(String name, int depth) {
    String value = fixed.get(name);
    if (value != null) {
      return value;
    }
    if (depth >= MAX_DEPTH) {
      throw new IllegalStateException("template slots nest too deep at {" + name + "}");
    }
    return switch (name) {
      case "N" -> Integer.toString(2 + random.nextInt(38));
      case "BN" -> (1 + random.nextInt(30)) + (random.nextBoolean() ? "" : ".5");
      case "Q" -> render(fresh(cooperative ? "q.coop" : "q.conflict"), depth + 1);
      case "C" -> render(fresh(cooperative ? "c.coop" : "c.conflict"), depth + 1);
      case "TOPIC2" -> otherTopic();
      default -> render(fresh(name), depth + 1);
    };
  }

  private String otherTopic() {
    String topic = fixed.get("TOPIC");
    String other = templates.pick("TOPIC", random);
    return other.equals(topic) ? templates.pick("TOPIC", random) : other;
  }

  static String capitalize(String s) {
    return s.isEmpty() || !Character.isLowerCase(s.charAt(0))
        ? s
        : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
