package org.readout.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One gold document of the event evaluation format (docs/events.md): a JSON object per line with
 * {@code id}, optional {@code date}, {@code text} and {@code events}, each {@code {source, target,
 * code}} where source and target are CAMEO actor codes or bare country codes ({@code "CHNGOV"},
 * {@code "RUS"}; target may be null) and code a 2-4 digit CAMEO event code; the held-out sets'
 * optional {@code style} (wire, analysis, translated-korean ...) groups the breakdown.
 */
record EventGold(
    String id,
    @Nullable LocalDate date,
    @Nullable String style,
    String text,
    List<EventGold.Item> events) {
  /** One gold event. */
  record Item(String source, @Nullable String target, String code) {}

  EventGold {
    events = List.copyOf(events);
  }

  /** Parses one JSONL line; throws {@link IllegalArgumentException} naming the problem. */
  static EventGold parse(ObjectMapper json, String line) {
    JsonNode n = GoldLines.object(json, line);
    String id = GoldLines.id(n);
    LocalDate date = GoldLines.date(n);
    List<Item> items = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      String source = e.path("source").asText("");
      String code = e.path("code").asText("");
      if (source.isBlank() || !code.matches("[0-9]{2,4}")) {
        throw new IllegalArgumentException(
            "event needs a source and a 2-4 digit code in " + id + ": " + e);
      }
      String target =
          e.hasNonNull("target") && !e.get("target").asText().isBlank()
              ? e.get("target").asText()
              : null;
      items.add(new Item(source, target, code));
    }
    String style = n.hasNonNull("style") ? n.get("style").asText() : null;
    return new EventGold(id, date, style, n.get("text").asText(), items);
  }
}
