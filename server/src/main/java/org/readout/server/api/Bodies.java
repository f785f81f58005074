package org.readout.server.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads request bodies strictly: at most the server's byte cap (else 413), JSON only (else 415),
 * one well-formed value with no duplicate keys and nothing after it (else 400), and objects with
 * only the fields an endpoint knows (else 400 naming the field).
 */
final class Bodies {
  private static final ObjectMapper STRICT =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Bodies() {}

  /** The body as JSON, read within {@code maxBytes}. */
  static JsonNode json(Context ctx, long maxBytes) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
      throw new ApiException(415, null, "send the body as Content-Type: application/json");
    }
    byte[] bytes = read(ctx, maxBytes);
    if (bytes.length == 0) {
      throw new ApiException(400, "body", "the body is empty");
    }
    try {
      JsonNode node = STRICT.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new ApiException(400, "body", "the body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      // The parser's own words, without its source excerpt (which would echo the body back).
      throw new ApiException(400, "body", "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ApiException(400, "body", "unreadable body");
    }
  }

  private static byte[] read(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(maxBytes);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge(maxBytes);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ApiException(400, "body", "the body could not be read: " + e.getMessage());
    }
  }

  private static ApiException tooLarge(long maxBytes) {
    return new ApiException(413, "body", "the body is larger than " + maxBytes + " bytes");
  }

  /** Throws a 400 naming the first field of {@code object} not in {@code known}. */
  static void onlyFields(JsonNode object, Set<String> known, String where) {
    if (!object.isObject()) {
      throw new ApiException(400, where, where + " must be a JSON object");
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new ApiException(
            400, name, "unknown field '" + name + "' (known: " + String.join(", ", known) + ")");
      }
    }
  }

  /** A string field, null when absent or JSON null; a 400 for another type or too long a value. */
  static @Nullable String string(JsonNode object, String field, int maxChars) {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ApiException(400, field, field + " must be a string");
    }
    if (v.asText().length() > maxChars) {
      throw new ApiException(400, field, field + " is longer than " + maxChars + " characters");
    }
    return v.asText();
  }

  /** A required, non-blank string field. */
  static String required(JsonNode object, String field, int maxChars) {
    String s = string(object, field, maxChars);
    if (s == null || s.isBlank()) {
      throw new ApiException(400, field, field + " is required");
    }
    return s;
  }

  /** A required non-negative integer field. */
  static int offset(JsonNode object, String field) {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      throw new ApiException(400, field, field + " is required");
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
      throw new ApiException(400, field, field + " must be a non-negative integer offset");
    }
    return v.asInt();
  }
}
