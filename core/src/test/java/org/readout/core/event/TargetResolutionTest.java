package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;

/**
 * Targets and sources in whole clauses of wire and translated copy (issue 8, h-targets session 15):
 * a coordinated verb ends the first verb's object, an object list is no subject, a title stands
 * between a name and its preposition, "his counterpart X" is X, and a speech act's noun answers
 * whoever made it. Own sentences about invented countries.
 */
class TargetResolutionTest {
  private static final String VAL = "country/VAL";
  private static final String KES = "country/KES";
  private static final String MOR = "country/MOR";

  @Test
  void aCoordinatedVerbEndsTheObjectPhrase() {
    assertThat(
            describe(world("Valdoria condemned the decision and said Kestria would pay.").coded()))
        .doesNotContain(VAL + ">" + KES + " 111");
  }

  @Test
  void anObjectListIsNotTheSubjectOfTheNextVerb() {
    assertThat(
            describe(
                world(
                        "Valdoria criticized Kestria and Morvath for their cooperation and agreed"
                            + " to work with Morvath.")
                    .coded()))
        .contains(VAL + ">" + MOR + " 030")
        .doesNotContain(KES + ">" + MOR + " 030", MOR + ">null 030");
    assertThat(
            describe(
                world(
                        "Valdorian state media said the test was a warning to Kestria and Morvath,"
                            + " and threatened to take stronger measures.")
                    .coded()))
        .noneMatch(e -> e.startsWith(KES + ">") || e.startsWith(MOR + ">"));
  }

  @Test
  void aGerundAfterAnObjectListKeepsTheListAsItsSubject() {
    assertThat(
            describe(
                world("Morvath criticized Valdoria and Kestria for staging joint military drills.")
                    .coded()))
        .noneMatch(e -> e.startsWith(MOR + ">") && e.endsWith(" 150"));
  }

  @Test
  void aTitledNameAfterAPrepositionIsAnObject() {
    assertThat(
            describe(
                world(
                        "Mira Dray met with Kestrian Foreign Minister Arlo Venn on Monday and invited"
                            + " him to visit Valdoria.")
                    .actor("person/dray", ActorKind.PERSON, "VALGOV", "VAL", "Mira Dray")
                    .actor("person/venn", ActorKind.PERSON, "KESGOV", "KES", "Arlo Venn")
                    .coded()))
        .anyMatch(e -> e.startsWith("person/dray>") && e.endsWith(" 036"))
        .noneMatch(e -> e.startsWith("person/venn>") && e.endsWith(" 036"));
  }

  @Test
  void hisCounterpartNamedIsTheObject() {
    assertThat(
            describe(
                world("Mira Dray held talks with her Kestrian counterpart Arlo Venn.")
                    .actor("person/dray", ActorKind.PERSON, "VALGOV", "VAL", "Mira Dray")
                    .actor("person/venn", ActorKind.PERSON, "KESGOV", "KES", "Arlo Venn")
                    .coded()))
        .anyMatch(e -> e.startsWith("person/dray>") && !e.contains(">null") && e.endsWith(" 040"));
  }

  @Test
  void aSpeechActNounAnswersWhoeverMadeIt() {
    assertThat(
            describe(
                world("Valdoria summoned Kestria's envoy. Kestria rejected the protest.").coded()))
        .contains(KES + ">" + VAL + " 120");
    assertThat(
            describe(
                world("Valdoria invited Kestria to visit. Kestria accepted the invitation.")
                    .coded()))
        .anyMatch(e -> e.startsWith(KES + ">" + VAL + " 03"));
  }
}
