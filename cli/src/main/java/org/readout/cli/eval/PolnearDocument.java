package org.readout.cli.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Span;
import org.readout.core.quote.QuoteExtractor;

/**
 * One PolNeAR article (Newell, Margolin and Ruths 2018) with its gold attributions, read from the
 * corpus's brat standoff: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}. A
 * {@code T} line is a span ({@code Source}, {@code Cue}, {@code Content}, possibly discontinuous:
 * {@code 10 20;25 40}); an {@code E} line ({@code Attribution} or {@code Attribution-no-source})
 * ties one Content, Cue and Source together. An attribution is <em>direct</em> when every letter
 * and digit of its Content lies inside double quotation marks, else <em>indirect</em> (paraphrase,
 * or paraphrase mixed with a quoted fragment). See docs/quotes.md.
 *
 * @param date the publication date in the file name ({@code nyt_2016-10-02_slug}), or null
 */
record PolnearDocument(
    String id, @Nullable LocalDate date, String text, List<PolnearDocument.Attribution> all) {
  /**
   * A gold attribution.
   *
   * @param content the Content fragments, in text order, never empty
   * @param cue the Cue fragments, possibly empty
   * @param source the Source fragments, empty when the attribution names no source
   * @param direct whether the Content is all inside quotation marks
   * @param speech whether the Cue holds a word of speech ("said", "told", "statement", "according
   *     to"), not only a belief, perception or intention ("believes", "polls show", "wants"): an
   *     indirect statement in the sense of issue 9
   */
  record Attribution(
      List<Span> content, List<Span> cue, List<Span> source, boolean direct, boolean speech) {
    Attribution {
      content = List.copyOf(content);
      cue = List.copyOf(cue);
      source = List.copyOf(source);
    }

    /** From the first Content fragment's start to the last one's end. */
    Span cover() {
      return new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }
  }

  PolnearDocument {
    all = List.copyOf(all);
  }

  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");
  private static final Pattern FRAGMENT = Pattern.compile("(\\d+) (\\d+)");

  /**
   * Reads {@code ann} against {@code textFile}; throws {@link IOException} naming the file for an
   * unreadable file, offsets outside the text or an event that names an unknown span.
   */
  static PolnearDocument read(Path textFile, Path ann) throws IOException {
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    String id = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      lineNumber++;
      String[] cols = line.split("\t");
      if (cols.length >= 2 && cols[0].startsWith("T")) {
        spans.put(cols[0], fragments(cols[1], text.length(), ann, lineNumber));
      } else if (cols.length >= 2 && cols[0].startsWith("E")) {
        events.add(cols[1].split(" "));
      }
    }
    boolean[] quoted = insideQuotes(text);
    List<Attribution> all = new ArrayList<>();
    for (String[] args : events) {
      List<Span> content = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> source = new ArrayList<>();
      for (String arg : args) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        List<Span> s = spans.get(arg.substring(colon + 1));
        if (s == null) {
          throw new IOException(ann + ": event names unknown span " + arg);
        }
        if (role.startsWith("Content")) {
          content.addAll(s);
        } else if (role.startsWith("Cue")) {
          cue.addAll(s);
        } else if (role.startsWith("Source")) {
          source.addAll(s);
        }
      }
      if (!content.isEmpty()) {
        content.sort(null);
        all.add(
            new Attribution(
                content, cue, source, direct(text, content, quoted), speech(text, cue)));
      }
    }
    all.sort((a, b) -> a.cover().compareTo(b.cover()));
    return new PolnearDocument(id, date(id), text, all);
  }

  /** Parses {@code Content 10 20;25 40} into its fragments. */
  private static List<Span> fragments(String typeAndOffsets, int length, Path ann, int line)
      throws IOException {
    List<Span> out = new ArrayList<>();
    Matcher m = FRAGMENT.matcher(typeAndOffsets);
    while (m.find()) {
      int start = Integer.parseInt(m.group(1));
      int end = Integer.parseInt(m.group(2));
      if (end < start || end > length) {
        throw new IOException(ann + ":" + line + ": offsets outside the text");
      }
      out.add(new Span(start, end));
    }
    return out;
  }

  /**
   * Which characters lie inside double quotation marks: curly marks open and close, a straight mark
   * toggles, as do two apostrophes ({@code ''}, the New York Times archive's mark, and PTB's {@code
   * ``} opening one), and a line break ends any open quote (a quote running on over paragraphs
   * reopens with its own mark).
   */
  static boolean[] insideQuotes(String text) {
    boolean[] in = new boolean[text.length()];
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = false;
      } else if (c == '“' || c == '«' || c == '„') {
        open = true;
      } else if (c == '”' || c == '»') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
        open = true;
        in[i++] = true;
      } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        open = !open;
        in[i] = open;
        i++;
      }
      in[i] = open;
    }
    return in;
  }

  private static boolean speech(String text, List<Span> cue) {
    StringBuilder words = new StringBuilder();
    cue.forEach(s -> words.append(s.of(text)).append(' '));
    return QuoteExtractor.isSpeechCue(words.toString());
  }

  private static boolean direct(String text, List<Span> content, boolean[] quoted) {
    int letters = 0;
    for (Span s : content) {
      for (int i = s.start(); i < s.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          if (!quoted[i]) {
            return false;
          }
          letters++;
        }
      }
    }
    return letters > 0;
  }

  private static @Nullable LocalDate date(String id) {
    Matcher m = DATE.matcher(id);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      // A malformed date in a file name leaves the article undated, as an article without one.
      return null;
    }
  }
}
