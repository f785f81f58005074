package org.readout.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The gold of a story set (docs/eval-stories.md): per article its gold story key (null for a
 * singleton) and the real-world events it reports at country level.
 *
 * @param id the article's id
 * @param story its gold story key, or null when it shares a story with no other article
 * @param events its gold events
 */
record StoryGold(String id, @Nullable String story, List<StoryGold.Tuple> events) {
  /** An event at the level scored: source and target country, CAMEO root, ISO day. */
  record Tuple(String source, String target, String root, String date) {}

  StoryGold {
    events = List.copyOf(events);
  }

  /** Reads every non-blank line of a gold file. */
  static List<StoryGold> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<StoryGold> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual()) {
          throw new IOException(file + " line " + n + ": no \"id\"");
        }
        JsonNode story = node.get("story");
        List<Tuple> events = new ArrayList<>();
        JsonNode list = node.get("events");
        if (list != null && list.isArray()) {
          for (JsonNode e : list) {
            events.add(
                new Tuple(
                    e.path("source").asText(),
                    e.path("target").asText(),
                    e.path("root").asText(),
                    e.path("date").asText()));
          }
        }
        out.add(
            new StoryGold(
                id.asText(), story == null || story.isNull() ? null : story.asText(), events));
      }
    }
    return out;
  }
}
