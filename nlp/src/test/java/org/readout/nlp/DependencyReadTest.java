package org.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.event.ArgumentParser.Argument;
import org.readout.core.event.ArgumentParser.Arguments;
import org.readout.nlp.DependencyArguments.Parse;

/**
 * {@link DependencyArguments#read} over hand-made parses (no model): which relations make agents
 * and patients, voice, coordination and the article token offsets the arguments come back in.
 */
class DependencyReadTest {
  @Test
  void passiveSubjectIsThePatientAndTheByAgentTheAgent() {
    // "Kestria was attacked by Morvath", the sentence starting at article token 10
    Parse p =
        new Parse(
            10,
            new int[] {2, 2, -1, 4, 2},
            new String[] {"nsubj:pass", "aux:pass", "root", "case", "obl:agent"},
            new String[] {"kestria", "was", "attacked", "by", "morvath"});
    Arguments a = DependencyArguments.read(p, 2, 3);
    assertThat(a.agents()).containsExactly(new Argument(14, 13, 14));
    assertThat(a.patients()).containsExactly(new Argument(10, 10, 10));
  }

  @Test
  void secondVerbSharesTheSubjectAndOnlyItsOwnPrepositionsArePatients() {
    // "Arlen met Brova and signed a deal with Cosk in Dunmere"
    Parse p =
        new Parse(
            0,
            new int[] {1, -1, 1, 4, 1, 6, 4, 8, 4, 10, 4},
            new String[] {
              "nsubj", "root", "obj", "cc", "conj", "det", "obj", "case", "obl", "case", "obl"
            },
            new String[] {
              "arlen", "met", "brova", "and", "signed", "a", "deal", "with", "cosk", "in", "dunmere"
            });
    Arguments a = DependencyArguments.read(p, 4, 5);
    assertThat(a.agents()).extracting(Argument::head).containsExactly(0);
    // "with Cosk" is a patient, "in Dunmere" (a place adjunct) is not; the deal is the object.
    assertThat(a.patients()).extracting(Argument::head).containsExactly(6, 8);
    assertThat(a.patients().get(0)).isEqualTo(new Argument(6, 5, 6));
  }

  @Test
  void conjoinedObjectsAreEachAPatient() {
    // "Elvar condemned Fosk and Grell"
    Parse p =
        new Parse(
            0,
            new int[] {1, -1, 1, 4, 2},
            new String[] {"nsubj", "root", "obj", "cc", "conj"},
            new String[] {"elvar", "condemned", "fosk", "and", "grell"});
    Arguments a = DependencyArguments.read(p, 1, 2);
    assertThat(a.patients()).extracting(Argument::head).containsExactly(2, 4);
    // The first conjunct's phrase stops before the coordination.
    assertThat(a.patients().get(0)).isEqualTo(new Argument(2, 2, 2));
  }
}
