package org.readout.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.readout.store.Table;

/**
 * The Spark schemas of the output tables. Each store {@link Table} keeps its export columns, names,
 * order and types: TEXT is a string, INTEGER a 64-bit long and REAL a double, all nullable, which
 * Parquet stores as {@code BINARY (STRING)}, {@code INT64} and {@code DOUBLE}, optional, as {@code
 * readout export --format parquet} does.
 */
final class OutputSchemas {
  /** The tables that hold one document's rows, in export order. */
  static final List<Table> TABLES =
      List.of(
          Table.DOCUMENTS,
          Table.ACTORS,
          Table.MENTIONS,
          Table.QUOTES,
          Table.TIMES,
          Table.EVENTS,
          Table.FLAGS);

  /** The story tables, made across documents by {@link StoryStage}, in export order. */
  static final List<Table> STORY_TABLES =
      List.of(Table.STORIES, Table.STORY_MEMBERS, Table.DEDUP_EVENTS, Table.DEDUP_MENTIONS);

  /** The error summary: the input file, the record (document id or file:line) and the reason. */
  static final StructType ERRORS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("record", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)
          });

  private OutputSchemas() {}

  static StructType of(Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Table.Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(Table.Type type) {
    return switch (type) {
      case TEXT -> DataTypes.StringType;
      case INTEGER -> DataTypes.LongType;
      case REAL -> DataTypes.DoubleType;
    };
  }
}
