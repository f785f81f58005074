package org.readout.store;

import java.util.List;

/** RFC 4180 CSV records, for query output and exports alike. */
public final class Csv {
  private Csv() {}

  /**
   * One record without its line break: fields holding a comma, quote mark or line break are quoted,
   * their quote marks doubled.
   */
  public static String record(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = fields.get(i);
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
