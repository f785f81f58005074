package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.cli.TestPipelines.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Flag;

/** Issue 4: a short caption that restates a long lead sentence with another date is flagged. */
class DateConflictPipelineTest {
  @Test
  void captionWithAnotherDateForTheSameCallIsFlagged() {
    String text =
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held a video call on the 9th and"
            + " agreed to reopen two border crossings, as both governments try to ease a dispute over trucking rules"
            + " that has hurt traders on each side of the frontier.\n\n"
            + "Kenyan President William Ruto speaks with Tanzanian President Samia Suluhu Hassan by video link at the"
            + " presidential office in Nairobi on Aug. 9. /Presidential Press Service\n";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 10));
    List<Flag> conflicts =
        doc.flags().stream().filter(f -> f.kind().equals("date-conflict")).toList();
    assertThat(conflicts).hasSize(1);
    Flag f = conflicts.get(0);
    assertThat(f.span().start()).isEqualTo(text.indexOf("Aug. 9"));
    assertThat(f.other().start()).isEqualTo(text.indexOf("the 9th"));
    assertThat(f.message()).contains("2025-03-09");
  }

  @Test
  void theSameLeadersMeetingAgainLaterIsNoConflict() {
    String text =
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held a video call on the 9th and"
            + " agreed to reopen two border crossings.\n\n"
            + "Ruto will host Samia Suluhu Hassan in Nairobi on April 22 for a state visit.\n";
    assertThat(run(text, LocalDate.of(2025, 3, 10)).flags())
        .noneMatch(f -> f.kind().equals("date-conflict"));
  }
}
