package org.readout.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.core.event.EventCoderTest.describe;
import static org.readout.core.event.EventCoderTest.world;
import static org.readout.core.testing.AnnotationAssert.assertWellFormed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Event;

/**
 * The document-level target sources of {@link DocumentTargets}: pair addressees, pronoun and
 * definite country objects, a bare response answering the act before it, and the other side of the
 * article's dominant pair. Own multi-sentence articles about invented countries.
 */
class DocumentTargetsTest {
  private static final String VAL = "country/VAL";
  private static final String KES = "country/KES";
  private static final String MOR = "country/MOR";

  private static List<Event> events(AnnotatedArticle doc, String source, String target) {
    return doc.events().stream()
        .filter(e -> e.source().equals(source) && target.equals(e.target()))
        .toList();
  }

  @Test
  void aThirdPartyUrgingBothSidesAddressesTheArticlesPair() {
    String text =
        "Valdoria shelled Kestrian border posts on Monday. Kestria shelled Valdorian villages in"
            + " reply. Morvath urged both sides to show restraint.";
    AnnotatedArticle doc = world(text).coded();
    assertWellFormed(doc);
    List<Event> toVal = events(doc, MOR, VAL);
    List<Event> toKes = events(doc, MOR, KES);
    assertThat(toVal).hasSize(1);
    assertThat(toKes).hasSize(1);
    assertThat(toVal.get(0).rootCode()).isEqualTo("02");
    assertThat(toVal.get(0).code()).isEqualTo(toKes.get(0).code());
    // The evidence runs from the source to the appeal's last word.
    assertThat(toVal.get(0).span().of(text)).startsWith("Morvath urged");
    assertThat(toVal.get(0).span().start()).isEqualTo(text.indexOf("Morvath urged"));
  }

  @Test
  void oneOfThePairAccusingTheOtherSideAccusesTheOtherCountry() {
    String text =
        "Valdoria shelled Kestrian villages on Monday. Kestria accused the other side of"
            + " breaking the truce.";
    AnnotatedArticle doc = world(text).coded();
    assertThat(describe(doc)).contains(KES + ">" + VAL + " 112");
    // The two neighbours: from one of them, the other.
    String neighbours =
        "Valdoria seized Kestrian fishing boats. Valdoria later urged the two neighbours to talk.";
    assertThat(describe(world(neighbours).coded()))
        .anyMatch(s -> s.startsWith(VAL + ">" + KES + " 02"))
        .noneMatch(s -> s.startsWith(VAL + ">" + VAL));
  }

  @Test
  void theGovernmentAsObjectIsTheLastForeignCountry() {
    String text =
        "Kestria moved tanks toward Morvath on Monday. Valdoria accused the government of"
            + " stoking tension.";
    AnnotatedArticle doc = world(text).coded();
    assertThat(events(doc, VAL, MOR)).extracting(Event::code).containsExactly("112");
    assertThat(events(doc, VAL, KES)).isEmpty();
    // "warned it would": the pronoun is the subject of what is said, not an object.
    String said = "Kestria moved tanks toward Morvath. Valdoria accused it of lying.";
    assertThat(describe(world(said).coded())).contains(VAL + ">" + MOR + " 112");
  }

  @Test
  void aBareProtestAnswersWhoActedOnTheProtesterJustBefore() {
    String text =
        "Valdoria seized two Kestrian fishing boats on Sunday. Kestria protested on Monday.";
    AnnotatedArticle doc = world(text).coded();
    List<Event> protest = events(doc, KES, VAL);
    assertThat(protest).extracting(Event::rootCode).containsExactly("14");
    assertThat(protest.get(0).span().of(text)).isEqualTo("Kestria protested");
  }

  @Test
  void aBareResponseInATwoCountryArticleIsAddressedToTheOtherCountry() {
    String text =
        "Valdoria and Kestria have argued over the river for years. Valdoria accused Kestria of"
            + " stealing water. Kestria retaliated on Tuesday.";
    AnnotatedArticle doc = world(text).coded();
    assertThat(describe(doc)).contains(KES + ">" + VAL + " 190");
  }

  @Test
  void aBareApologyInATwoCountryArticleIsOwedToTheOtherCountry() {
    String text =
        "Valdoria and Kestria held talks on the 12th over the fishing dispute. Valdoria protested"
            + " the detention of its trawlers, while Kestria expressed regret on Friday.";
    AnnotatedArticle doc = world(text).coded();
    assertThat(describe(doc)).contains(KES + ">" + VAL + " 055");
  }

  @Test
  void threeCountriesNamedAlikeLeaveABareResponseUnaddressed() {
    String text =
        "Valdoria, Kestria and Morvath argued over the river at a summit. Kestria retaliated on"
            + " Tuesday.";
    AnnotatedArticle doc = world(text).coded();
    assertThat(describe(doc))
        .noneMatch(s -> s.startsWith(KES + ">" + VAL + " 19"))
        .noneMatch(s -> s.startsWith(KES + ">" + MOR + " 19"));
  }

  @Test
  void theDyadCountsCountriesMostNamedFirst() {
    AnnotatedArticle doc =
        world("Valdoria warned Kestria. Kestria answered Valdoria. Morvath watched Kestria.")
            .coded();
    DocumentDyad dyad = new DocumentDyad(new DocView(doc));
    List<DocumentDyad.Side> pair = dyad.pair(doc.text().length());
    assertThat(pair).extracting(DocumentDyad.Side::country).containsExactly("KES", "VAL");
    assertThat(pair).extracting(DocumentDyad.Side::actorId).containsExactly(KES, VAL);
    // Before Morvath is named, the pair dominates; the count is of mentions before the point.
    assertThat(dyad.dominantPair(doc.text().indexOf("Morvath")))
        .extracting(DocumentDyad.Side::count)
        .containsExactly(2, 2);
    assertThat(DocumentDyad.otherOf(pair, "KES").actorId()).isEqualTo(VAL);
    assertThat(DocumentDyad.otherOf(pair, "MOR")).isNull();
  }
}
