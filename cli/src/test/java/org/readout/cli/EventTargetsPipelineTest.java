package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * Target selection (issue 8, session 12: {@code TargetFinder}) through the standard pipeline, in
 * wire, brief and translated styles: a condemned act targets whoever did it sentences earlier, not
 * a characterization after "as"; reciprocal fighting; an untitled person a state arrests; the agent
 * of a rejected call; the place where an act is done. The articles are our own.
 */
class EventTargetsPipelineTest {
  private static AnnotatedArticle run(String text) {
    return EventSentences.extract("targets", text);
  }

  @Test
  void condemnedStrikesTargetTheStrikerOfAnEarlierSentence() {
    String text =
        "Israeli warplanes struck targets in southern Lebanon on Monday. "
            + "Iran's foreign ministry condemned the strikes on Tuesday.";
    AnnotatedArticle doc = run(text);
    List<Event> condemned = doc.events().stream().filter(e -> e.code().equals("111")).toList();
    assertThat(condemned).hasSize(1);
    assertThat(condemned.get(0).sourceCode()).isEqualTo("IRNGOV");
    assertThat(condemned.get(0).targetCode()).isEqualTo("ISRMIL");
    assertThat(condemned.get(0).span().start()).isEqualTo(text.indexOf("Iran's"));
  }

  @Test
  void aLaunchCondemnedAsAViolationTargetsTheLauncherNotTheBodyNamed() {
    // Translated Korean style: "on the 3rd", "the East Sea".
    AnnotatedArticle doc =
        run(
            "North Korea fired a ballistic missile into the East Sea on the 3rd. The Japanese"
                + " government condemned the launch as a violation of United Nations resolutions.");
    assertThat(EventSentences.triples(doc))
        .contains("JPNGOV>PRK 111")
        .doesNotContain("JPNGOV>IGOUNO 111", "JPNGOV>- 111");
  }

  @Test
  void soldiersOfTwoCountriesWhoFoughtAreEachOthersTarget() {
    AnnotatedArticle doc = run("Indian and Chinese soldiers fought with sticks along the border.");
    assertThat(EventSentences.triples(doc))
        .containsExactlyInAnyOrder("INDMIL>CHNMIL 190", "CHNMIL>INDMIL 190");
  }

  @Test
  void anUntitledPersonArrestedByPoliceIsOfThePoliceCountry() {
    AnnotatedArticle doc =
        run("Bangladeshi police arrested Rafiq Alam, a student organizer, on Sunday.");
    assertThat(EventSentences.triples(doc)).containsExactly("BGDCOP>BGD 173");
  }

  @Test
  void aRejectedCallTargetsWhoMadeIt() {
    AnnotatedArticle doc =
        run("Tokyo rejected fresh calls by Beijing for a halt to the naval drills.");
    assertThat(EventSentences.triples(doc)).containsExactly("JPNGOV>CHNGOV 120");
  }

  @Test
  void anAgreementToActSomewhereTargetsThatPlace() {
    AnnotatedArticle doc =
        run("The African Union agreed to open a liaison office in Khartoum next month.");
    assertThat(EventSentences.triples(doc)).containsExactly("IGOAFU>SDNGOV 030");
  }

  @Test
  void aBodyWithoutACountryAnswersTheShellingTwoSentencesBack() {
    AnnotatedArticle doc =
        run(
            "Russian forces shelled Kharkiv overnight. Ukraine's foreign minister said the city had"
                + " no military targets. The United Nations condemned the shelling on Friday.");
    assertThat(EventSentences.triples(doc)).contains("RUSMIL>UKR 194", "IGOUNO>RUSMIL 111");
  }
}
