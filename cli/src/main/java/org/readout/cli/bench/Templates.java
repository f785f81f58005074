package org.readout.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sentence templates and word pools of {@code sentence-templates.txt}, by section. Immutable
 * and thread-safe.
 */
final class Templates {
  private final Map<String, List<String>> sections;

  private Templates(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  private static final class Bundled {
    static final Templates TEMPLATES = parse(Cast.read("sentence-templates.txt"));
  }

  static Templates bundled() {
    return Bundled.TEMPLATES;
  }

  static Templates parse(String text) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        sections.put(line.substring(1, line.length() - 1), current);
      } else if (current == null) {
        throw new IllegalArgumentException(
            "sentence-templates.txt:" + (i + 1) + ": template outside a section");
      } else {
        current.add(line);
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Templates(frozen);
  }

  boolean has(String section) {
    return sections.containsKey(section);
  }

  List<String> section(String section) {
    List<String> lines = sections.get(section);
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("no template section [" + section + "]");
    }
    return lines;
  }

  /** One template of {@code section}, drawn uniformly. */
  String pick(String section, SplittableRandom random) {
    List<String> lines = section(section);
    return lines.get(random.nextInt(lines.size()));
  }

  /** {@code section + "." + variant} when that exists, else {@code section}. */
  String variant(String section, String variant) {
    String specific = section + "." + variant;
    return has(specific) ? specific : section;
  }

  /** Every template line, for variety counts. */
  int size() {
    return sections.values().stream().mapToInt(List::size).sum();
  }
}
