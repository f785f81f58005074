package org.readout.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;
import org.readout.ingest.TextDecoder.BadInputException;
import org.readout.ingest.internal.IsoDates;

/**
 * Reads JSON Lines lazily: one {@link IngestResult} per non-blank line, in input order. Each line
 * is an object with {@code text} (required, a string), {@code id} (a string or number), {@code
 * date} (ISO), {@code title}, {@code url} and {@code source} (the outlet's name; strings). A bad
 * line gives an error result for that line and reading goes on; each line is bounded by {@link
 * ReadOptions#maxBytes()}. Warnings (an unreadable date, a field of the wrong type, an id seen
 * before in the file) name the document, the line and the field.
 */
final class JsonLines implements Iterator<IngestResult>, Closeable {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * How many ids per file are remembered to find duplicates: enough for any batch of articles,
   * while a 10 GB input keeps its memory flat (the store deduplicates by id in any case).
   */
  static final int MAX_TRACKED_IDS = 100_000;

  private final InputStream in;
  private final String idPrefix;
  private final String name;
  private final ReadOptions options;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLimit;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineBytes;
  private int lineNumber;
  private boolean eof;
  private @Nullable IngestResult next;
  private final Map<String, Integer> firstLineOfId = new HashMap<>();

  /**
   * @param in the stream to read; {@link #close()} closes it
   * @param idPrefix the default id of line N is {@code idPrefix:N}
   * @param name the document name used in messages
   */
  JsonLines(InputStream in, String idPrefix, String name, ReadOptions options) {
    this.in = in;
    this.idPrefix = idPrefix;
    this.name = name;
    this.options = options;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !eof) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public IngestResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestResult result = next;
    next = null;
    return result;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The result for the next line, or null for a blank line or the end of input. */
  private @Nullable IngestResult readLine() {
    try {
      if (!fillLine()) {
        eof = true;
        return null;
      }
    } catch (IOException e) {
      eof = true;
      return IngestResult.failed(
          idPrefix + ":" + (lineNumber + 1),
          name + ": read failed on line " + (lineNumber + 1) + ": " + e.getMessage());
    }
    lineNumber++;
    String lineId = idPrefix + ":" + lineNumber;
    if (lineBytes > options.maxBytes()) {
      return IngestResult.failed(
          lineId,
          name
              + ": line "
              + lineNumber
              + " is larger than the "
              + options.maxBytes()
              + "-byte limit ("
              + lineBytes
              + " bytes)");
    }
    int start = lineNumber == 1 ? TextDecoder.bomLength(line, 0, lineLength) : 0;
    int end = lineLength > start && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    String json;
    try {
      json = TextDecoder.decodeUtf8(line, start, end);
    } catch (BadInputException e) {
      return IngestResult.failed(lineId, name + ": " + e.getMessage() + " on line " + lineNumber);
    }
    return json.isBlank() ? null : parse(lineId, json);
  }

  private IngestResult parse(String lineId, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return IngestResult.failed(
          lineId, name + ": malformed JSON on line " + lineNumber + ": " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return IngestResult.failed(
          lineId, name + ": malformed JSON on line " + lineNumber + ": expected an object");
    }
    String id = idOf(node);
    id = id == null || id.isBlank() ? lineId : id;
    String where = name + " line " + lineNumber + " (" + id + ")";
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return IngestResult.failed(id, name + ": no \"text\" field on line " + lineNumber);
    }
    if (!textNode.isTextual()) {
      return IngestResult.failed(
          id,
          where
              + ": field \"text\" must be a string, not "
              + textNode.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    String text = textNode.asText();
    int nul = text.indexOf('\0');
    if (nul
        >= 0) { // Only an escape (\u0000) gets here: raw NUL bytes were rejected before parsing.
      return IngestResult.failed(
          id,
          name
              + ": binary content (NUL character at offset "
              + nul
              + " of \"text\") on line "
              + lineNumber);
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    warnIfDuplicate(id, where, diagnostics);
    String dateValue = stringField(node, "date", where, diagnostics);
    var date = IsoDates.parse(dateValue);
    if (dateValue != null && !dateValue.isBlank() && date == null) {
      diagnostics.add(
          Diagnostic.warning(
              where
                  + ": field \"date\": unreadable date \""
                  + dateValue
                  + "\" on line "
                  + lineNumber
                  + " (ignored)"));
    }
    String outlet = blankToNull(stringField(node, "source", where, diagnostics));
    IngestResult result =
        DocumentParser.article(
            id,
            where,
            TextDecoder.normalizeNewlines(text),
            blankToNull(stringField(node, "title", where, diagnostics)),
            date,
            null,
            blankToNull(stringField(node, "url", where, diagnostics)),
            diagnostics,
            options,
            false);
    Article article = result.article();
    return outlet == null || article == null
        ? result
        : new IngestResult(result.id(), article.withOutlet(outlet), result.diagnostics());
  }

  /** The id: a string, or a number written as JSON writes it; null when absent or another type. */
  private static @Nullable String idOf(JsonNode node) {
    JsonNode value = node.get("id");
    return value != null && (value.isTextual() || value.isNumber()) ? value.asText() : null;
  }

  /** A string field, or null; a value of another type is ignored with a warning. */
  private static @Nullable String stringField(
      JsonNode node, String field, String where, List<Diagnostic> diagnostics) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      diagnostics.add(
          Diagnostic.warning(
              where
                  + ": field \""
                  + field
                  + "\" is not a string ("
                  + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                  + "): ignored"));
      return null;
    }
    return value.asText();
  }

  private void warnIfDuplicate(String id, String where, List<Diagnostic> diagnostics) {
    Integer first = firstLineOfId.get(id);
    if (first != null) {
      diagnostics.add(
          Diagnostic.warning(
              where + ": duplicate id \"" + id + "\" (first on line " + first + ")"));
    } else if (firstLineOfId.size() < MAX_TRACKED_IDS) {
      firstLineOfId.put(id, lineNumber);
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Reads bytes up to the next LF into {@link #line}, keeping at most {@code maxBytes + 1} of them
   * so that one endless line cannot exhaust memory; {@link #lineBytes} counts them all. False at
   * the end of input.
   */
  private boolean fillLine() throws IOException {
    lineLength = 0;
    lineBytes = 0;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLimit) {
        chunkLimit = in.read(chunk);
        chunkPos = 0;
        if (chunkLimit <= 0) {
          chunkLimit = 0;
          return any;
        }
      }
      any = true;
      int nl = chunkPos;
      while (nl < chunkLimit && chunk[nl] != '\n') {
        nl++;
      }
      append(chunkPos, nl);
      chunkPos = nl < chunkLimit ? nl + 1 : nl;
      if (nl < chunkLimit) {
        return true;
      }
    }
  }

  private void append(int from, int to) {
    int count = to - from;
    lineBytes += count;
    int keep = (int) Math.min(count, options.maxBytes() + 1 - lineLength);
    if (keep <= 0) {
      return;
    }
    if (lineLength + keep > line.length) {
      line =
          Arrays.copyOf(
              line,
              (int)
                  Math.min(Math.max(lineLength + keep, 2L * line.length), options.maxBytes() + 1));
    }
    System.arraycopy(chunk, from, line, lineLength, keep);
    lineLength += keep;
  }
}
