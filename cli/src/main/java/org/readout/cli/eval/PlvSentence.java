package org.readout.cli.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.readout.core.model.Span;

/**
 * One sentence of a PLV data set ({@code PLV_train.tsv}): tab-separated with a header line that
 * names its columns; {@code marked_sentence} wraps the source actor in {@code <s>…</s>} and the
 * target in {@code <t>…</t>} (either may be marked more than once, or not at all), and {@code
 * gold_root} is the PLOVER (2021) category of the event between them. The marks are removed; their
 * spans index the cleaned text.
 *
 * @param id the sentence id
 * @param text the sentence without marks
 * @param sources the source actor's spans in {@code text}, empty when none is marked
 * @param targets the target actor's spans in {@code text}, empty when none is marked
 * @param category the gold category, upper case
 */
record PlvSentence(
    String id, String text, List<Span> sources, List<Span> targets, String category) {
  PlvSentence {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** Reads every data line; throws {@link IllegalArgumentException} naming the first bad line. */
  static List<PlvSentence> read(Path file) throws IOException {
    List<PlvSentence> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        return out;
      }
      List<String> columns = Arrays.asList(header.split("\t", -1));
      int idAt = columns.indexOf("sentence_id");
      int markedAt = columns.indexOf("marked_sentence");
      int rootAt = columns.indexOf("gold_root");
      if (markedAt < 0 || rootAt < 0) {
        throw new IllegalArgumentException(file + ": no marked_sentence or gold_root column");
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length <= Math.max(markedAt, rootAt)) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": too few columns");
        }
        String id = idAt >= 0 && idAt < f.length ? f[idAt] : String.valueOf(lineNo);
        out.add(parse(id, f[markedAt], f[rootAt], file + ":" + lineNo));
      }
    }
    return out;
  }

  /** Removes the marks of one sentence, keeping where they stood. */
  static PlvSentence parse(String id, String marked, String category, String where) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Span> sources = new ArrayList<>();
    List<Span> targets = new ArrayList<>();
    int source = -1;
    int target = -1;
    int i = 0;
    while (i < marked.length()) {
      if (marked.startsWith("<s>", i) && source < 0) {
        source = text.length();
        i += 3;
      } else if (marked.startsWith("</s>", i) && source >= 0) {
        sources.add(new Span(source, text.length()));
        source = -1;
        i += 4;
      } else if (marked.startsWith("<t>", i) && target < 0) {
        target = text.length();
        i += 3;
      } else if (marked.startsWith("</t>", i) && target >= 0) {
        targets.add(new Span(target, text.length()));
        target = -1;
        i += 4;
      } else {
        text.append(marked.charAt(i++));
      }
    }
    if (source >= 0 || target >= 0) {
      throw new IllegalArgumentException(where + ": an actor mark is not closed");
    }
    return new PlvSentence(id, text.toString(), sources, targets, PloverCategories.label(category));
  }
}
