package org.readout.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PLOVER gold standard records ({@code PLOVER_GSR_CAMEO.txt}): one JSON array whose objects
 * each hold a sentence ({@code text}), its expected event ({@code event}, a PLOVER 0.5 category)
 * and its {@code source} and {@code target} actors as lists of {@code {actorText, code}}. Objects
 * whose event is {@code DOCUMENT} are headers and are skipped.
 *
 * @param id the record id
 * @param text the sentence
 * @param category the PLOVER category, upper case
 * @param sources the source countries (first three letters of each code, legacy codes mapped)
 * @param targets the target countries; empty when the record names none
 * @param compound whether the record marks its actors as acting on each other ("SRC/TAR"): then
 *     each source is also a valid target
 */
record PloverGsr(
    String id,
    String text,
    String category,
    Set<String> sources,
    Set<String> targets,
    boolean compound) {
  /** Codes of the older CAMEO actor dictionaries that the records still use, to ISO alpha-3. */
  private static final Map<String, String> LEGACY =
      Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  PloverGsr {
    // Sorted, not Set.copyOf: that set's order changes from run to run, and --details lines print
    // these sets, so two runs could not be compared line by line.
    sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
    targets = Collections.unmodifiableSortedSet(new TreeSet<>(targets));
  }

  /** Reads every record of {@code file}; throws {@link IllegalArgumentException} on bad JSON. */
  static List<PloverGsr> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of records");
    }
    List<PloverGsr> out = new ArrayList<>();
    for (JsonNode n : root) {
      String event = n.path("event").asText("");
      String text = n.path("text").asText("");
      if (event.isBlank() || event.equals("DOCUMENT") || text.isBlank()) {
        continue;
      }
      String markup = n.path("textInfo").path("markup").asText("");
      out.add(
          new PloverGsr(
              n.path("id").asText("gsr" + out.size()),
              text,
              PloverCategories.label(event),
              countries(n.path("source")),
              countries(n.path("target")),
              markup.contains("SRC/TAR")));
    }
    return out;
  }

  /**
   * The countries of an actor list; a string or null (the records' "no target") gives none. A
   * code's first three letters are its country ("IGO" stays "IGO").
   */
  private static Set<String> countries(JsonNode actors) {
    Set<String> out = new LinkedHashSet<>();
    if (!actors.isArray()) {
      return out;
    }
    for (JsonNode a : actors) {
      String c = EventScorer.country(a.path("code").asText(""));
      if (!c.isEmpty()) {
        out.add(LEGACY.getOrDefault(c, c));
      }
    }
    return out;
  }

  /** Whether a predicted target country ({@code ""} for none) fits the record. */
  boolean targetFits(String target) {
    if (target.isEmpty()) {
      return targets.isEmpty();
    }
    return targets.contains(target) || (compound && sources.contains(target));
  }
}
