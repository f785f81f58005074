package org.readout.core.actor;

import org.readout.core.actor.ActorDictionary.Role;
import org.readout.core.actor.DocumentActors.Builder;
import org.readout.core.actor.PhraseMatcher.Match;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * Institutions named by a role word: "the Chinese government", "a court in Peru", a definite
 * back-reference to a body named before ("the court" after "the International Criminal Court"), and
 * unqualified bodies of the article's country ("The army said ...").
 */
abstract class InstitutionMentions extends RoleMentions {
  InstitutionMentions(ActorResolver resolver, AnnotatedArticle doc) {
    super(resolver, doc);
  }

  /**
   * "the Chinese government", "Russia's defence ministry": an institution, coded when a country is
   * named, else the body the phrase refers back to, else the article's ({@link HomeCountry}).
   */
  @Override
  void institution(Role role, Match<Hit> m) {
    String country = countryModifier(m.firstToken());
    if (country == null) {
      country = countryAfter(m.endToken()); // "a court in Peru", "the parliament of Georgia"
    }
    int first = firstModifierToken(m.firstToken());
    if (country == null && backReference(first, m)) {
      return;
    }
    if (country == null && OurSide.narratorsOwn(this, first - 1)) {
      country = domesticDefault(role, ActorKind.INSTITUTION); // "our military said", Korean copy
    }
    if (country == null
        && !isPossessivePronoun(first - 1)
        && (isDeterminer(first - 1) || headsBareAgent(first, m))
        && localPlace(first, m.endToken()) == null) {
      country = domesticDefault(role, ActorKind.INSTITUTION);
    }
    if (country == null) {
      countrylessInstitution(role, first, m);
      return;
    }
    Span span = withDeterminer(first, new Span(tokens.get(first).span().start(), m.end()));
    String local = localPlace(first, m.endToken());
    if (role.code().equals("GOV") && local == null) {
      government(dictionary.country(country), span, MentionKind.DESCRIPTION);
      return;
    }
    String name =
        isDeterminer(first - 1) || span.start() < tokens.get(first).span().start()
            ? span.of(text).substring(span.of(text).indexOf(' ') + 1)
            : span.of(text);
    String id =
        role.code().equals("GOV")
            ? "government/" + country + "@" + local
            : "institution/" + country + role.code() + (local == null ? "" : "@" + local);
    Builder b = actors.get(id, name, ActorKind.INSTITUTION);
    b.code = country + role.code();
    b.country = country;
    b.role = role.role();
    actors.mention(b, span, MentionKind.DESCRIPTION);
  }

  /**
   * "The court also issued ..." after "The International Criminal Court opened ...": a definite
   * role word with no modifier refers back to the body most recently named whose name holds it
   * ({@link NamedBodies}), not to a national one. Returns false, doing nothing, when none.
   */
  private boolean backReference(int first, Match<Hit> m) {
    if (first != m.firstToken() || first == 0 || !word(first - 1).equalsIgnoreCase("the")) {
      return false;
    }
    Builder body = NamedBodies.latest(actors, text.substring(m.start(), m.end()), m.start());
    if (body == null) {
      return false;
    }
    actors.mention(
        body, withDeterminer(first, new Span(m.start(), m.end())), MentionKind.DESCRIPTION);
    return true;
  }

  /**
   * "the court", "the ministry" with no country named: an institution coded by its role alone, so
   * that the events stage can give it the article's country. Only after a determiner: a bare
   * "parliament" is often a modifier or a title.
   */
  private void countrylessInstitution(Role role, int first, Match<Hit> m) {
    // A bare outlet ("told state television", "through social media") is a channel or a medium,
    // not an agent: only "the media" and the like are.
    boolean bare = !role.code().equals("MED") && headsBareAgent(first, m);
    if (role.code().equals("GOV") || !(isDeterminer(first - 1) || bare)) {
      return;
    }
    Span span = withDeterminer(first, new Span(tokens.get(first).span().start(), m.end()));
    Builder b =
        actors.get(
            "institution/" + role.code(),
            text.substring(m.start(), m.end()),
            ActorKind.INSTITUTION);
    b.code = role.code();
    b.role = role.role();
    actors.mention(b, span, MentionKind.DESCRIPTION);
  }

  /**
   * Whether a role word without a determiner is an agent of its own ("Police arrested ...", "after
   * police fired ..."): it heads its phrase (no noun follows, as in "police station") and is
   * written in lower case, or capitalized only as the first word of its sentence. A capitalized
   * "Parliament" or "Court" inside a sentence is usually a name or a title.
   */
  boolean headsBareAgent(int first, Match<Hit> m) {
    int end = m.endToken();
    if (end < tokens.size() && tokens.get(end).tag().startsWith("NN")) {
      return false;
    }
    char c = text.charAt(tokens.get(first).span().start());
    return Character.isLowerCase(c) || isSentenceStart(first);
  }
}
