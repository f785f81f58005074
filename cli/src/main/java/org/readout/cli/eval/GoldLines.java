package org.readout.cli.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;

/**
 * Reading the JSONL gold formats (docs/events.md, docs/quotes.md): one JSON object per line with
 * {@code id}, optional {@code date} and {@code text}, plus the items each format adds. A bad line
 * is reported with its number and skipped, so one typo does not lose a whole evaluation.
 */
final class GoldLines {
  private GoldLines() {}

  /**
   * Hands every non-blank line of {@code file} to {@code score}. A line it rejects with an {@link
   * IllegalArgumentException} or a {@link DateTimeException} is reported on {@code err} as {@code
   * FILE:LINE: message} and skipped.
   *
   * @return whether some line failed
   */
  static boolean forEach(Path file, PrintWriter err, Consumer<String> score) throws IOException {
    boolean failed = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          score.accept(line);
        } catch (IllegalArgumentException | DateTimeException e) {
          err.println(file + ":" + lineNo + ": " + e.getMessage());
          failed = true;
        }
      }
    }
    return failed;
  }

  /**
   * Parses one line as a JSON object with a {@code text} string; throws {@link
   * IllegalArgumentException} if not.
   */
  static JsonNode object(ObjectMapper json, String line) {
    JsonNode n;
    try {
      n = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject() || !n.path("text").isTextual()) {
      throw new IllegalArgumentException("expected an object with a \"text\" string");
    }
    return n;
  }

  /** The document id, {@code doc} when absent. */
  static String id(JsonNode n) {
    return n.path("id").asText("doc");
  }

  /** The day of the optional {@code date} (a timestamp's first ten characters), or null. */
  static @Nullable LocalDate date(JsonNode n) {
    return n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText().substring(0, 10)) : null;
  }

  /**
   * The article to run the pipeline over: the gold text, dated as given ({@link DateSource#GIVEN})
   * or undated.
   */
  static Article article(String id, String text, @Nullable LocalDate date) {
    return new Article(
        id, null, text, date, date == null ? DateSource.NONE : DateSource.GIVEN, null);
  }
}
