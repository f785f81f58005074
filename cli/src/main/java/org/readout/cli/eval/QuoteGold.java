package org.readout.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * One gold document of the quote evaluation format (docs/quotes.md): a JSON object per line with
 * {@code id}, optional {@code date}, {@code text} and {@code quotes}, each quote {@code {start,
 * end, kind, speaker}} with UTF-16 offsets into {@code text}, {@code kind} one of
 * direct/partial/indirect (default direct) and {@code speaker} a name string or null.
 */
record QuoteGold(String id, @Nullable LocalDate date, String text, List<QuoteGold.Item> quotes) {
  /** One gold statement. */
  record Item(Span span, QuoteKind kind, @Nullable String speaker) {}

  QuoteGold {
    quotes = List.copyOf(quotes);
  }

  /** Parses one JSONL line; throws {@link IllegalArgumentException} naming the problem. */
  static QuoteGold parse(ObjectMapper json, String line) {
    JsonNode n = GoldLines.object(json, line);
    String text = n.get("text").asText();
    String id = GoldLines.id(n);
    LocalDate date = GoldLines.date(n);
    List<Item> items = new ArrayList<>();
    for (JsonNode q : n.path("quotes")) {
      int start = q.path("start").asInt(-1);
      int end = q.path("end").asInt(-1);
      if (start < 0 || end < start || end > text.length()) {
        throw new IllegalArgumentException(
            "bad quote offsets [" + start + ", " + end + ") in " + id);
      }
      QuoteKind kind = QuoteKind.valueOf(q.path("kind").asText("direct").toUpperCase(Locale.ROOT));
      String speaker = q.hasNonNull("speaker") ? q.get("speaker").asText() : null;
      items.add(
          new Item(
              new Span(start, end), kind, speaker == null || speaker.isBlank() ? null : speaker));
    }
    return new QuoteGold(id, date, text, items);
  }
}
