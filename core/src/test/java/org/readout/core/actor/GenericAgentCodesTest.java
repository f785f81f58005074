package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.actor.ActorSentences.actorOn;
import static org.readout.core.actor.ActorSentences.codedOn;
import static org.readout.core.actor.ActorSentences.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Actor;
import org.readout.core.model.AnnotatedArticle;

/**
 * Generic agents get CAMEO codes from what their phrase says, over the bundled dictionary (issue 8,
 * "No actor code, so no event"): nationality adjectives with descriptive words between, coordinated
 * nationalities, "in/of X", organizations that own a role, titles before and appositions after a
 * name, and the dateline's country for an unqualified domestic agent. The sentences are written for
 * this test.
 */
class GenericAgentCodesTest {
  @Test
  void descriptiveWordsBetweenNationalityAndRoleKeepTheNationality() {
    AnnotatedArticle doc =
        run(
            "Kenyan riot police dispersed the traders. Irish nationalist guerrillas ambushed a"
                + " patrol near the border.");
    assertThat(codedOn(doc, "Kenyan riot police", "KENCOP").country()).isEqualTo("KEN");
    codedOn(doc, "Irish nationalist guerrillas", "IRLREB");
    // The nationality belongs to the role: no separate mention of Kenya or Ireland.
    assertThat(actorOn(doc, "Kenyan")).isNull();
    assertThat(doc.actor("country/IRL")).isNull();
  }

  @Test
  void aProOrAntiWordNamesAnotherSide() {
    AnnotatedArticle doc = run("Witnesses said pro-Iranian militias shelled the town.");
    Actor militia = codedOn(doc, "militias", "REB");
    assertThat(militia.country()).isNull();
  }

  @Test
  void countsAndInOfPhrasesQualifyGroupsAndBodies() {
    AnnotatedArticle doc =
        run(
            "Three Chilean fishermen were rescued at dawn. A court in Peru later fined the"
                + " captain. The U.N. peacekeepers escorted the convoy.");
    assertThat(codedOn(doc, "Three Chilean fishermen", "CHLCVL").country()).isEqualTo("CHL");
    codedOn(doc, "A court", "PERJUD");
    codedOn(doc, "U.N. peacekeepers", "IGOUNO");
  }

  @Test
  void coordinatedNationalitiesMakeAGroupOfOneRoleGroupPerCountry() {
    String text = "French and German students marched through the old town on Friday.";
    AnnotatedArticle doc = run(text);
    Actor group = actorOn(doc, "French and German students");
    assertThat(group).isNotNull();
    assertThat(group.members()).containsExactly("group/FRAEDU", "group/DEUEDU");
    Actor french = codedOn(doc, "French", "FRAEDU");
    assertThat(french.mentions().get(0).span().start()).isZero();
    Actor german = codedOn(doc, "German", "DEUEDU");
    assertThat(german.mentions().get(0).span().start()).isEqualTo(text.indexOf("German"));
  }

  @Test
  void titlesAndAppositionsCodeUnknownPeople() {
    AnnotatedArticle doc =
        run(
            "Israeli Prime Minister Avi Dror met Arab League Secretary General Omar Haddad in"
                + " Cairo. King Tomas of Morocco sent a message. Lena Korhonen, the UN envoy,"
                + " arrived on Monday.");
    Actor dror = codedOn(doc, "Avi Dror", "ISRGOV");
    assertThat(dror.country()).isEqualTo("ISR");
    assertThat(dror.role()).isEqualTo("prime minister");
    codedOn(doc, "Omar Haddad", "IGOARL");
    assertThat(codedOn(doc, "Tomas", "MARGOV").country()).isEqualTo("MAR");
    codedOn(doc, "Lena Korhonen", "IGOUNO");
  }

  @Test
  void anEthnicNationalityNamesAPeopleNotACountry() {
    AnnotatedArticle doc =
        run(
            "About 400 ethnic Serbs in Kosovo blocked a road on Sunday. Ethnic Albanian rebels"
                + " fired on a police post.");
    Actor serbs = codedOn(doc, "ethnic Serbs", "XKXCVL");
    assertThat(serbs.country()).isEqualTo("XKX");
    assertThat(doc.actor("country/SRB")).isNull();
    // The nationality after "ethnic" does not qualify the role: rebels of no country yet.
    Actor rebels = codedOn(doc, "Albanian rebels", "REB");
    assertThat(rebels.country()).isNull();
    assertThat(doc.actor("country/ALB")).isNull();
  }

  @Test
  void aCountryNameIsNotAPoliticiansShortName() {
    // Luis Montenegro is in the dictionary; the country comes first.
    AnnotatedArticle doc = run("Montenegro lifted the night curfew on Sunday.");
    Actor mne = codedOn(doc, "Montenegro", "MNE");
    assertThat(mne.id()).isEqualTo("country/MNE");
  }

  @Test
  void aDatelineGivesUnqualifiedDomesticAgentsItsCountry() {
    String text = "NAIROBI, Kenya - Police fired tear gas at hawkers, the court heard later.";
    AnnotatedArticle doc = run(text);
    Actor police = codedOn(doc, "Police", "KENCOP");
    assertThat(police.mentions().get(0).span().start()).isEqualTo(text.indexOf("Police"));
    codedOn(doc, "the court", "KENJUD");
    // Without a dateline the same police have a role and no country: the events stage decides.
    AnnotatedArticle bare = run("Police fired tear gas at hawkers, the court heard later.");
    Actor countryless = codedOn(bare, "Police", "COP");
    assertThat(countryless.country()).isNull();
  }

  @Test
  void countedPluralOfficialsAreARoleGroupButAListItemIsNot() {
    AnnotatedArticle doc = run("Several ministers resigned after the vote.");
    assertThat(codedOn(doc, "ministers", "GOV").members()).isEqualTo(List.of());
    AnnotatedArticle list =
        run("The bloc froze the assets of judges, prison governors and clerks.");
    assertThat(actorOn(list, "governors")).isNull();
  }
}
