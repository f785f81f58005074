package org.readout.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A small checker of JSON values against the OpenAPI 3.0 schema subset that openapi.json uses:
 * {@code $ref}, {@code oneOf}, {@code type}, {@code nullable}, {@code enum}, {@code properties},
 * {@code required}, {@code additionalProperties: false} and {@code items}. Each problem names its
 * JSON path.
 */
final class SchemaCheck {
  private final JsonNode document;

  SchemaCheck(JsonNode openapi) {
    this.document = openapi;
  }

  List<String> problems(JsonNode value, JsonNode schema) {
    List<String> out = new ArrayList<>();
    check(value, schema, "$", out);
    return out;
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local refs: " + ref);
      }
      schema = document.at(ref.substring(1));
      if (schema.isMissingNode()) {
        throw new IllegalArgumentException("dangling ref: " + ref);
      }
    }
    return schema;
  }

  private void check(JsonNode v, JsonNode schema, String path, List<String> out) {
    schema = resolve(schema);
    if (schema.has("oneOf")) {
      int matches = 0;
      for (JsonNode alt : schema.get("oneOf")) {
        List<String> p = new ArrayList<>();
        check(v, alt, path, p);
        if (p.isEmpty()) {
          matches++;
        }
      }
      if (matches != 1) {
        out.add(path + ": matches " + matches + " of oneOf");
      }
      return;
    }
    if (v.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        out.add(path + ": null but not nullable");
      }
      return;
    }
    String type = schema.path("type").asText("");
    boolean typed =
        switch (type) {
          case "string" -> v.isTextual();
          case "integer" -> v.isIntegralNumber();
          case "number" -> v.isNumber();
          case "boolean" -> v.isBoolean();
          case "object" -> v.isObject();
          case "array" -> v.isArray();
          default -> true;
        };
    if (!typed) {
      out.add(path + ": expected " + type + ", got " + v.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(v);
      }
      if (!found) {
        out.add(path + ": " + v + " is not in " + schema.get("enum"));
      }
    }
    if (v.isObject()) {
      JsonNode props = schema.path("properties");
      for (JsonNode r : schema.path("required")) {
        if (!v.has(r.asText())) {
          out.add(path + ": missing required " + r.asText());
        }
      }
      for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (props.has(name)) {
          check(v.get(name), props.get(name), path + "." + name, out);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean()) {
          out.add(path + ": undocumented field " + name);
        }
      }
    }
    if (v.isArray() && schema.has("items")) {
      for (int i = 0; i < v.size(); i++) {
        check(v.get(i), schema.get("items"), path + "[" + i + "]", out);
      }
    }
  }
}
