package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.readout.core.ontology.PloverTable;
import org.readout.core.ontology.PloverTable.PloverType;
import org.readout.server.api.RowView;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --ontology cameo|plover} option (a picocli mixin) of {@code extract}, {@code events}
 * and {@code export}, and what it adds to their event output.
 *
 * <p>Design decision: PLOVER accompanies CAMEO rather than replacing it. Every CAMEO field stays
 * (scripts that read {@code code} keep working, and GDELT columns are CAMEO by definition); with
 * {@code plover} each event object gains {@code "plover": {"category", "mode"}} ({@code mode} null
 * where PLOVER defines none; the whole value null for CAMEO 01 statements, which PLOVER does not
 * code), and tables and CSV gain the columns {@link #COLUMNS}.
 */
public final class EventOntology {
  /** The ontologies an event can be printed in. */
  public enum Name {
    cameo,
    plover
  }

  /** The extra columns of tables and CSV with {@code --ontology plover}. */
  public static final List<String> COLUMNS = List.of("plover", "plover_mode");

  private static @Nullable PloverTable table;

  @Option(
      names = "--ontology",
      converter = NameConverter.class,
      description =
          "cameo (default) or plover: plover adds each event's PLOVER 2021 category and mode"
              + " (\"plover\": {\"category\", \"mode\"}; columns plover, plover_mode) beside its"
              + " CAMEO code. GDELT output stays CAMEO, as GDELT defines it.")
  Name name = Name.cameo;

  /** Reads an ontology name in any letter case. */
  static final class NameConverter implements CommandLine.ITypeConverter<Name> {
    @Override
    public Name convert(String value) {
      try {
        return Name.valueOf(value.strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "unknown ontology '" + value + "' (choose cameo or plover)");
      }
    }
  }

  /**
   * The PLOVER category an events {@code --code} value names, upper case, or null when it names
   * none (a CAMEO code, or cameo chosen).
   *
   * @throws IllegalArgumentException for letters that are no PLOVER category
   */
  public @Nullable String category(@Nullable String code) {
    if (!plover() || code == null || !code.strip().matches("[A-Za-z]+")) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (!PloverTable.CATEGORIES.contains(c)) {
      throw new IllegalArgumentException(
          "--code "
              + code
              + ": no PLOVER category (choose one of "
              + sorted()
              + " or a CAMEO code)");
    }
    return c;
  }

  /** Whether a CAMEO code falls in a PLOVER category. */
  public static boolean in(String cameoCode, String category) {
    PloverType t = table().of(cameoCode);
    return t != null && t.category().equals(category);
  }

  private static List<String> sorted() {
    List<String> c = new ArrayList<>(PloverTable.CATEGORIES);
    c.sort(null);
    return c;
  }

  public boolean plover() {
    return name == Name.plover;
  }

  /** The bundled CAMEO-to-PLOVER table, loaded (and validated) on first use. */
  public static synchronized PloverTable table() {
    if (table == null) {
      table = PloverTable.loadBundled();
    }
    return table;
  }

  /** With plover, adds the PLOVER type to each object of the document's {@code events} array. */
  public void addToDocument(ObjectNode document) {
    if (!plover()) {
      return;
    }
    JsonNode events = document.get("events");
    if (events != null) {
      for (JsonNode e : events) {
        addToEvent((ObjectNode) e, e.path("code").asText(""));
      }
    }
  }

  /** With plover, adds {@code "plover"} to one event object whose CAMEO code is {@code code}. */
  public void addToEvent(ObjectNode event, String code) {
    if (!plover()) {
      return;
    }
    PloverType t = table().of(code);
    if (t == null) {
      event.putNull("plover");
    } else {
      ObjectNode p = event.putObject("plover");
      p.put("category", t.category());
      p.put("mode", t.mode());
    }
  }

  /** The category and mode cells of a CAMEO code, empty for none. */
  public static List<String> cells(String cameoCode) {
    PloverType t = table().of(cameoCode);
    return t == null ? List.of("", "") : List.of(t.category(), t.mode() == null ? "" : t.mode());
  }

  /**
   * {@code base} as this ontology prints it: unchanged for cameo; for plover, with the columns
   * {@link #COLUMNS} after the rest and {@code "plover"} in each object.
   *
   * @param code the CAMEO code of a row
   */
  public <T> RowView<T> view(RowView<T> base, Function<T, String> code) {
    if (!plover()) {
      return base;
    }
    return new RowView<>() {
      @Override
      public List<String> columns() {
        List<String> c = new ArrayList<>(base.columns());
        c.addAll(COLUMNS);
        return c;
      }

      @Override
      public List<String> cells(T row) {
        List<String> c = new ArrayList<>(base.cells(row));
        c.addAll(EventOntology.cells(code.apply(row)));
        return c;
      }

      @Override
      public ObjectNode json(T row, ObjectMapper mapper) {
        ObjectNode o = base.json(row, mapper);
        addToEvent(o, code.apply(row));
        return o;
      }
    };
  }
}
