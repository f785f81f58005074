package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.actor.ActorDictionary.Country;
import org.readout.core.actor.ActorDictionary.Organization;
import org.readout.core.actor.ActorDictionary.Person;
import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.ActorDictionary.Term;
import org.readout.core.analysis.LinguisticAnalysis;
import org.readout.core.analysis.ParagraphSplitter;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.pipeline.Pipeline;
import org.readout.core.testing.AnnotationAssert;
import org.readout.core.testing.SimpleAnalyzer;

/** Resolution rules over a small hand-made dictionary; golden tests cover the bundled one. */
class ActorResolverTest {
  static final ActorDictionary DICT =
      new ActorDictionary(
          List.of(
              new Country(
                  "KEN", "Kenya", List.of(), List.of("Kenyan"), List.of("Nairobi", "State House")),
              new Country("TZA", "Tanzania", List.of(), List.of("Tanzanian"), List.of("Dodoma")),
              new Country(
                  "USA",
                  "United States",
                  List.of("U.S."),
                  List.of("American", "U.S."),
                  List.of("White House"))),
          List.of(
              new Role(
                  List.of("president", "presidents"), "president", "GOV", ActorKind.PERSON, true),
              new Role(List.of("leader", "leaders"), "leader", "GOV", ActorKind.PERSON, true),
              new Role(
                  List.of("foreign minister"), "foreign minister", "GOV", ActorKind.PERSON, false),
              new Role(
                  List.of("spokeswoman", "spokesman"),
                  "spokesperson",
                  "GOV",
                  ActorKind.PERSON,
                  false),
              new Role(List.of("troops", "soldiers"), "military", "MIL", ActorKind.GROUP, false),
              new Role(List.of("government"), "government", "GOV", ActorKind.INSTITUTION, false)),
          List.of(
              new Person(
                  "william-ruto",
                  "William Ruto",
                  "Ruto",
                  List.of(),
                  "m",
                  "KEN",
                  List.of(new Term("president", "KENGOV", LocalDate.of(2022, 9, 13), null))),
              new Person(
                  "samia-suluhu-hassan",
                  "Samia Suluhu Hassan",
                  "Hassan",
                  List.of("Samia"),
                  "f",
                  "TZA",
                  List.of(new Term("president", "TZAGOV", LocalDate.of(2021, 3, 19), null))),
              new Person(
                  "donald-trump",
                  "Donald Trump",
                  "Trump",
                  List.of(),
                  "m",
                  "USA",
                  List.of(
                      new Term(
                          "president",
                          "USAGOV",
                          LocalDate.of(2017, 1, 20),
                          LocalDate.of(2021, 1, 20)),
                      new Term("president", "USAGOV", LocalDate.of(2025, 1, 20), null)))),
          List.of(
              new Organization(
                  "kna", "Kenya News Agency", List.of("KNA"), ActorKind.AGENCY, "KENMED", "KEN"),
              new Organization(
                  "safaricom", "Safaricom", List.of(), ActorKind.ORGANIZATION, "KENBUS", "KEN")));

  static AnnotatedArticle run(String text, LocalDate date) {
    Article a = new Article("t", null, text, date, DateSource.GIVEN, null);
    return Pipeline.of(
            new ParagraphSplitter(),
            new LinguisticAnalysis(new SimpleAnalyzer()),
            new ActorResolver(DICT))
        .apply(a);
  }

  static Actor actor(AnnotatedArticle doc, String id) {
    Actor a = doc.actor(id);
    assertThat(a)
        .as("actor %s in %s", id, doc.actors().stream().map(Actor::id).toList())
        .isNotNull();
    return a;
  }

  static List<String> mentionTexts(AnnotatedArticle doc, Actor a) {
    return a.mentions().stream().map(m -> m.span().of(doc.text())).toList();
  }

  @Test
  void resolvesTitlesShortNamesAndPronounsToOnePerson() {
    String text =
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi. "
            + "Ruto said trade had grown.\n\nHe added that talks would continue.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    AnnotationAssert.assertWellFormed(doc);
    Actor ruto = actor(doc, "person/william-ruto");
    assertThat(ruto.code()).isEqualTo("KENGOV");
    assertThat(ruto.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(mentionTexts(doc, ruto)).containsExactly("William Ruto", "Ruto", "He");
    Mention he = ruto.mentions().get(2);
    assertThat(he.kind()).isEqualTo(MentionKind.PRONOUN);
    assertThat(he.span().start()).isEqualTo(text.indexOf("He added"));
    Actor hassan = actor(doc, "person/samia-suluhu-hassan");
    assertThat(hassan.mentions()).hasSize(1);
    // Nairobi stands for Kenya's government.
    Actor gov = actor(doc, "government/KEN");
    assertThat(gov.code()).isEqualTo("KENGOV");
    assertThat(mentionTexts(doc, gov)).containsExactly("Nairobi");
  }

  @Test
  void personCodeDependsOnTheDocumentDate() {
    String text = "Donald Trump spoke in Ohio.";
    assertThat(actor(run(text, LocalDate.of(2025, 1, 22)), "person/donald-trump").code())
        .isEqualTo("USAGOV");
    assertThat(actor(run(text, LocalDate.of(2024, 6, 1)), "person/donald-trump").code())
        .isEqualTo("USA");
  }

  @Test
  void groupOfTwoLeadersHasBothAsMembers() {
    String text =
        "William Ruto hosted Samia Suluhu Hassan on Monday. The two leaders agreed to open the border.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    AnnotationAssert.assertWellFormed(doc);
    Actor group =
        doc.actors().stream().filter(a -> a.kind() == ActorKind.GROUP).findFirst().orElseThrow();
    assertThat(group.members())
        .containsExactlyInAnyOrder("person/william-ruto", "person/samia-suluhu-hassan");
    assertThat(mentionTexts(doc, group)).containsExactly("The two leaders");
    assertThat(group.mentions().get(0).span().start()).isEqualTo(text.indexOf("The two leaders"));
  }

  @Test
  void descriptionResolvesToTheRecentPersonOfThatCountry() {
    String text = "Samia Suluhu Hassan met William Ruto. The Kenyan leader praised the deal.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    assertThat(mentionTexts(doc, actor(doc, "person/william-ruto")))
        .containsExactly("William Ruto", "The Kenyan leader");
  }

  @Test
  void pronounAgreesInGender() {
    String text = "William Ruto met Samia Suluhu Hassan. She said the visit was useful.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    assertThat(mentionTexts(doc, actor(doc, "person/samia-suluhu-hassan")))
        .containsExactly("Samia Suluhu Hassan", "She");
  }

  @Test
  void unknownPeopleKeepTheirTitlesCountryAndSurnameMentions() {
    String text = "Kenyan Foreign Minister Musalia Mudavadi arrived. Mudavadi declined to comment.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    AnnotationAssert.assertWellFormed(doc);
    Actor m = actor(doc, "person/~musalia-mudavadi");
    // The title gives the role and the country, so the code they imply (issue 8).
    assertThat(m.code()).isEqualTo("KENGOV");
    assertThat(m.country()).isEqualTo("KEN");
    assertThat(m.role()).isEqualTo("foreign minister");
    assertThat(mentionTexts(doc, m)).containsExactly("Musalia Mudavadi", "Mudavadi");
  }

  @Test
  void roleGroupsAndAgenciesAndCountries() {
    String text =
        "Kenyan troops crossed into Tanzania, the Kenya News Agency reported, citing the U.S. government.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    AnnotationAssert.assertWellFormed(doc);
    Actor troops = actor(doc, "group/KENMIL");
    assertThat(mentionTexts(doc, troops)).containsExactly("Kenyan troops");
    assertThat(actor(doc, "agency/kna").kind()).isEqualTo(ActorKind.AGENCY);
    assertThat(actor(doc, "country/TZA").code()).isEqualTo("TZA");
    assertThat(mentionTexts(doc, actor(doc, "government/USA")))
        .containsExactly("the U.S. government");
  }

  @Test
  void emptyAndNameFreeTextsHaveNoActors() {
    assertThat(run("", LocalDate.of(2025, 1, 1)).actors()).isEmpty();
    assertThat(run("It rained all day.", LocalDate.of(2025, 1, 1)).actors()).isEmpty();
  }

  @Test
  void definiteDescriptionOfANationalOfficeIsItsUnnamedHolder() {
    String text =
        "The White House spokeswoman said talks would go on. The Kenyan foreign minister declined to comment.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    AnnotationAssert.assertWellFormed(doc);
    Actor spokeswoman = actor(doc, "person/USA-spokesperson");
    assertThat(spokeswoman.code()).isEqualTo("USAGOV");
    assertThat(spokeswoman.gender()).isEqualTo("f");
    assertThat(mentionTexts(doc, spokeswoman)).containsExactly("The White House spokeswoman");
    // The seat of government only qualifies the role here; it is no separate mention of the
    // government.
    assertThat(doc.actor("government/USA")).isNull();
    assertThat(actor(doc, "person/KEN-foreign-minister").code()).isEqualTo("KENGOV");
    // An indefinite description names nobody in particular, but still an official of that
    // country: event coders code "a Kenyan minister" KENGOV (issue 8).
    assertThat(run("A Kenyan foreign minister once said so.", LocalDate.of(2025, 3, 4)).actors())
        .filteredOn(a -> a.id().startsWith("person/KEN"))
        .extracting(Actor::code)
        .containsExactly("KENGOV");
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnClause() {
    String text =
        "William Ruto called Donald Trump to congratulate him. Donald Trump thanked him warmly.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    int first = text.indexOf("him");
    int second = text.indexOf("him", first + 1);
    assertThat(actor(doc, "person/donald-trump").mentions())
        .anyMatch(m -> m.span().start() == first);
    assertThat(actor(doc, "person/william-ruto").mentions())
        .anyMatch(m -> m.span().start() == second);
  }

  @Test
  void aShortNameOnlyOneOfficeHolderBearsStandsAlone() {
    String text = "Ruto spoke first at the summit.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    assertThat(mentionTexts(doc, actor(doc, "person/william-ruto"))).containsExactly("Ruto");
    // Out of office on the date, the short name alone names nobody.
    assertThat(run("Trump spoke first at the summit.", LocalDate.of(2023, 3, 4)).actors())
        .noneMatch(a -> a.id().equals("person/donald-trump"));
  }

  @Test
  void theCompanyRefersBackToTheOrganizationLastNamed() {
    String text = "Safaricom raised data prices on Monday.\n\nThe company said demand was strong.";
    AnnotatedArticle doc = run(text, LocalDate.of(2025, 3, 4));
    AnnotationAssert.assertWellFormed(doc);
    assertThat(mentionTexts(doc, actor(doc, "org/safaricom")))
        .containsExactly("Safaricom", "The company");
    // Without an organization named before it, "the company" is nobody in particular.
    assertThat(run("The company said demand was strong.", LocalDate.of(2025, 3, 4)).actors())
        .isEmpty();
  }
}
