package org.readout.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The breakdown names each root-level error by what the other side has instead: the pair under
 * another root, the root from the same source toward another target, toward the same target from
 * another source, between two others, or nothing; per style and per root.
 */
class EventBreakdownTest {
  @Test
  void namesEachErrorByWhatTheOtherSideHasInstead() {
    EventBreakdown b = new EventBreakdown();
    // wire: the meeting is right; the attack was coded as a threat between the same pair (root
    // both ways); the aid was coded with no target (tgt both ways).
    b.add(
        "wire",
        Set.of("VAL|KES|04", "MOR|KES|19", "VAL|MOR|07"),
        Set.of("VAL|KES|04", "MOR|KES|13", "VAL||07"));
    // brief: the criticism came from the wrong source (src), the investigation between two others.
    b.add("brief", Set.of("KES|MOR|11", "VAL|KES|17"), Set.of("VAL|MOR|11", "MOR|VAL|17"));
    // translated: the gold protest is missed outright and a made-up consultation predicted.
    b.add("translated-korean", Set.of("KES|VAL|14"), Set.of("MOR|VAL|04"));
    StringWriter out = new StringWriter();
    b.print(new PrintWriter(out, true));
    List<String> rows =
        Arrays.stream(out.toString().split("\n"))
            .map(l -> l.strip().replaceAll("\\s+", " "))
            .filter(l -> !l.startsWith("by ") && !l.startsWith("its ") && !l.startsWith("from "))
            .toList();
    // columns (spacing normalised): name, gold, pred, tp, P, R, F1, missed root/tgt/src/both/none,
    // wrong root/tgt/src/both/none
    assertThat(rows)
        .containsExactly(
            rows.get(0), // style header
            "brief 2 2 0 0.000 0.000 0.000 0 0 1 1 0 0 0 1 1 0",
            "translated-korean 1 1 0 0.000 0.000 0.000 0 0 0 0 1 0 0 0 0 1",
            "wire 3 3 1 0.333 0.333 0.333 1 1 0 0 0 1 1 0 0 0",
            rows.get(4), // root header
            "04 1 2 1 0.500 1.000 0.667 0 0 0 0 0 0 0 0 0 1",
            "07 1 1 0 0.000 0.000 0.000 0 1 0 0 0 0 1 0 0 0",
            "11 1 1 0 0.000 0.000 0.000 0 0 1 0 0 0 0 1 0 0",
            "13 0 1 0 0.000 0.000 0.000 0 0 0 0 0 1 0 0 0 0",
            "14 1 0 0 0.000 0.000 0.000 0 0 0 0 1 0 0 0 0 0",
            "17 1 1 0 0.000 0.000 0.000 0 0 0 1 0 0 0 0 1 0",
            "19 1 0 0 0.000 0.000 0.000 1 0 0 0 0 0 0 0 0 0");
    assertThat(rows.get(0)).startsWith("style");
    assertThat(rows.get(4)).startsWith("root");
  }
}
