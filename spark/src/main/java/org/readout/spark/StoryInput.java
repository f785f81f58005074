package org.readout.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Event;
import org.readout.core.model.Span;
import org.readout.store.Table;
import org.readout.story.Happening;
import org.readout.story.LeadSignature;
import org.readout.story.StoryFeatures;

/**
 * What the story stage needs of one document, in a serializable form: its story features as the
 * store keeps them ({@code story_features}: happenings as text, the lead's signature as bytes), the
 * columns of its {@code documents} row that stories use, and its events as its {@code events} rows
 * hold them, in their order.
 *
 * @param document the document id
 * @param featureOutlet {@link StoryFeatures#outlet()}
 * @param published {@link StoryFeatures#published()}
 * @param happenings the happenings, {@link Happening#toString()} forms separated by spaces
 * @param lead {@link LeadSignature#toBytes()}, Base64
 * @param title the documents row's {@code title}
 * @param date the documents row's {@code date} (ISO day), or null
 * @param outlet the documents row's {@code outlet}, or null
 * @param events the document's events, in the order of its {@code events} rows
 */
record StoryInput(
    String document,
    @Nullable String featureOutlet,
    @Nullable LocalDate published,
    String happenings,
    String lead,
    @Nullable String title,
    @Nullable String date,
    @Nullable String outlet,
    List<EventRow> events)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  StoryInput {
    events = List.copyOf(events);
  }

  /**
   * One {@code events} row, with the columns an {@link Event} is made of (a null number is 0, as
   * the store's JDBC reads it) and its source and target names.
   */
  record EventRow(
      @Nullable String source,
      @Nullable String target,
      @Nullable String sourceName,
      @Nullable String targetName,
      @Nullable String sourceCode,
      @Nullable String targetCode,
      String code,
      String rootCode,
      int quadClass,
      double goldstein,
      @Nullable String date,
      int start,
      int end,
      int mentions,
      double confidence)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    Event event() {
      return new Event(
          source,
          target,
          sourceCode,
          targetCode,
          code,
          rootCode,
          quadClass,
          goldstein,
          date,
          new Span(start, end),
          mentions,
          confidence);
    }
  }

  /** The input of a document from its features and its exported rows. */
  static StoryInput of(
      StoryFeatures f, List<@Nullable Object> document, List<List<@Nullable Object>> events) {
    List<EventRow> rows = new ArrayList<>();
    for (List<@Nullable Object> e : events) {
      rows.add(
          new EventRow(
              text(e, Table.EVENTS, "source"),
              text(e, Table.EVENTS, "target"),
              text(e, Table.EVENTS, "source_name"),
              text(e, Table.EVENTS, "target_name"),
              text(e, Table.EVENTS, "source_code"),
              text(e, Table.EVENTS, "target_code"),
              String.valueOf(text(e, Table.EVENTS, "code")),
              String.valueOf(text(e, Table.EVENTS, "root_code")),
              (int) number(e, "quad_class"),
              number(e, "goldstein"),
              text(e, Table.EVENTS, "date"),
              (int) number(e, "start"),
              (int) number(e, "end"),
              (int) number(e, "mentions"),
              number(e, "confidence")));
    }
    return new StoryInput(
        f.document(),
        f.outlet(),
        f.published(),
        String.join(" ", f.happenings().stream().map(Happening::toString).toList()),
        Base64.getEncoder().encodeToString(f.lead().toBytes()),
        text(document, Table.DOCUMENTS, "title"),
        text(document, Table.DOCUMENTS, "date"),
        text(document, Table.DOCUMENTS, "outlet"),
        rows);
  }

  /** The features, read back as the store reads {@code story_features}. */
  StoryFeatures features() {
    return new StoryFeatures(
        document,
        featureOutlet,
        published,
        happenings.isEmpty()
            ? List.of()
            : Arrays.stream(happenings.split(" ")).map(Happening::parse).toList(),
        LeadSignature.fromBytes(Base64.getDecoder().decode(lead)));
  }

  /** The distinct happenings, parsed. */
  List<Happening> happeningList() {
    return happenings.isEmpty()
        ? List.of()
        : Arrays.stream(happenings.split(" ")).map(Happening::parse).distinct().toList();
  }

  private static @Nullable String text(List<@Nullable Object> row, Table t, String column) {
    Object v = row.get(index(t, column));
    return v == null ? null : v.toString();
  }

  private static double number(List<@Nullable Object> row, String column) {
    Object v = row.get(index(Table.EVENTS, column));
    return v instanceof Number n ? n.doubleValue() : 0;
  }

  private static int index(Table t, String column) {
    List<Table.Column> columns = t.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(t.label() + " has no column " + column);
  }
}
