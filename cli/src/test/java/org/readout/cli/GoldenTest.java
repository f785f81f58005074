package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;
import org.readout.core.model.Flag;
import org.readout.core.model.Mention;
import org.readout.core.model.Quote;
import org.readout.core.model.Span;
import org.readout.core.model.TimeExpression;
import org.readout.core.testing.AnnotationAssert;
import org.readout.ingest.ArticleReader;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;

/**
 * Golden tests: every bundled sample article, run through the standard pipeline, must give exactly
 * the annotations in {@code src/test/resources/golden/<sample>.expected.txt}, one per line. After
 * an intended change, rerun with {@code -Dgolden.update=true} and review the diff before
 * committing.
 */
class GoldenTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s
          .filter(p -> p.toString().matches(".*\\.(txt|html|jsonl)$"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleMatchesGolden(Path sample) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<IngestResult> docs =
        new ArticleReader()
            .read(
                sample, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, LocalDate.of(2025, 3, 1)))) {
      for (IngestResult r : docs.toList()) {
        assertThat(r.article())
            .as("%s reads without error: %s", r.id(), r.diagnostics())
            .isNotNull();
        AnnotatedArticle doc = TestPipelines.standard().pipeline().apply(r.article());
        AnnotationAssert.assertWellFormed(doc);
        lines.addAll(render(doc));
      }
    }
    Path expected = GOLDEN.resolve(sample.getFileName() + ".expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(expected, lines, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
    assertThat(String.join("\n", lines))
        .isEqualTo(String.join("\n", Files.readAllLines(expected, StandardCharsets.UTF_8)));
  }

  /** One line per annotation, in a stable order, with offsets and surface text. */
  static List<String> render(AnnotatedArticle doc) {
    String text = doc.text();
    List<String> out = new ArrayList<>();
    out.add(
        "DOC "
            + doc.article().id()
            + " date="
            + doc.article().date()
            + " source="
            + doc.article().dateSource().label());
    for (Actor a : doc.actors()) {
      out.add(
          "ACTOR "
              + a.id()
              + " kind="
              + a.kind().label()
              + " code="
              + a.code()
              + " country="
              + a.country()
              + " role="
              + a.role()
              + (a.members().isEmpty() ? "" : " members=" + a.members()));
      for (Mention m : a.mentions()) {
        out.add("  MENTION " + m.span() + " " + m.kind().label() + " " + quoted(m.span(), text));
      }
    }
    for (Quote q : doc.quotes()) {
      out.add(
          "QUOTE "
              + q.span()
              + " "
              + q.kind().label()
              + " date="
              + q.date()
              + " speaker="
              + q.speaker()
              + " via="
              + q.via()
              + " cue="
              + (q.cue() == null ? "null" : quoted(q.cue(), text))
              + " "
              + abbreviated(q.span(), text));
    }
    for (TimeExpression t : doc.times()) {
      out.add(
          "TIME "
              + t.span()
              + " "
              + t.kind().label()
              + " "
              + t.value()
              + " "
              + quoted(t.span(), text));
    }
    for (Event e : doc.events()) {
      out.add(
          "EVENT "
              + e.code()
              + " "
              + e.source()
              + "("
              + e.sourceCode()
              + ") -> "
              + e.target()
              + "("
              + e.targetCode()
              + ") date="
              + e.date()
              + " x"
              + e.mentions()
              + " "
              + e.span()
              + " "
              + abbreviated(e.span(), text));
      if (e.location() != null) {
        var l = e.location();
        out.add(
            "  AT "
                + l.span()
                + " "
                + l.kind().label()
                + " \""
                + l.fullName()
                + "\" adm1="
                + l.adm1()
                + " lat="
                + l.latitude()
                + " long="
                + l.longitude());
      }
    }
    for (Flag f : doc.flags()) {
      out.add(
          "FLAG "
              + f.kind()
              + " "
              + f.span()
              + " other="
              + f.other()
              + " "
              + quoted(f.span(), text));
    }
    return out;
  }

  private static String quoted(Span s, String text) {
    return "\"" + s.of(text).replace("\n", "\\n") + "\"";
  }

  private static String abbreviated(Span s, String text) {
    String t = s.of(text).replace("\n", "\\n");
    return "\"" + (t.length() > 60 ? t.substring(0, 60) + "..." : t) + "\"";
  }
}
