package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.model.Span;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.testing.SimpleAnalyzer;
import org.readout.core.time.TimeTagger;
import picocli.CommandLine;

/**
 * {@code readout eval time} (issue 4) on tiny TimeML files written for this test, without CoreNLP.
 */
class TimeEvalCommandTest {
  private static final String TML =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>T1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2025-01-22" temporalFunction="false" functionInDocument="CREATION_TIME">20250122</TIMEX3></DCT>
      <TEXT>
      The council <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2025-01-21">Tuesday</TIMEX3> &amp; agreed to meet again <TIMEX3 tid="t2" type="DATE" value="2025-W05">next week</TIMEX3>. Talks lasted <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3> <TIMEX3 tid="t4" type="DATE" value="2024-11">in November last year</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  private static final Pipeline PIPELINE =
      Pipeline.of(new LinguisticAnalysis(new SimpleAnalyzer()), new TimeTagger());

  @Test
  void readsTextDctAndGoldOffsets(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t1.tml");
    Files.writeString(f, TML);
    TimeMlDocument doc = TimeMlDocument.read(f);
    assertThat(doc.dct()).isEqualTo(LocalDate.of(2025, 1, 22));
    assertThat(doc.text()).contains("The council met on Tuesday & agreed").doesNotContain("<");
    assertThat(doc.gold()).hasSize(4);
    int at = doc.text().indexOf("next week");
    assertThat(doc.gold().get(1).span()).isEqualTo(new Span(at, at + "next week".length()));
    assertThat(doc.gold().get(1).value()).isEqualTo("2025-W05");
    assertThat(doc.gold().get(3).span().of(doc.text())).isEqualTo("in November last year");
  }

  @Test
  void printsStrictAndRelaxedScoresAndValueAccuracy(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("nested"));
    Files.writeString(sub.resolve("t1.tml"), TML);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TimeEvalCommand(PIPELINE));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("--verbose", "--errors", dir.toString());
    assertThat(code).isZero();
    String s = out.toString();
    // Readout finds Tuesday, next week, three days (all strict and right) and "November last year"
    // without the gold's "in" (a relaxed match, value right): 4 predicted, 4 gold, 3 strict, 4
    // relaxed, 4 values right.
    assertThat(s).contains("documents 1, gold 4, predicted 4");
    assertThat(s).contains("strict   P 0.750  R 0.750  F1 0.750  (tp 3)");
    assertThat(s).contains("relaxed  P 1.000  R 1.000  F1 1.000  (tp 4)");
    assertThat(s).contains("value accuracy 1.000 (4/4)");
    assertThat(s).contains("t1.tml");
  }

  @Test
  void reportsUnreadableFilesAndExitsOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.tml"), "<TimeML><TEXT>unclosed");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TimeEvalCommand(PIPELINE));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute(dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("bad.tml");
    assertThat(out.toString()).contains("documents 0");
  }
}
