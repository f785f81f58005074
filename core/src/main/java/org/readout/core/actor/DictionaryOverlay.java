package org.readout.core.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the header of a user's dictionary file, which says which of the four kinds it holds. */
final class DictionaryOverlay {
  private DictionaryOverlay() {}

  /** The first line that is not blank or a {@code #} comment, or "" for a file with none. */
  static String header(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      boolean first = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (first && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        first = false;
        if (!line.isBlank() && !line.startsWith("#")) {
          return line;
        }
      }
      return "";
    }
  }

  /** The number of the header line, for error messages (0 when there is none). */
  static int headerLine(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          return n;
        }
      }
      return 0;
    }
  }
}
