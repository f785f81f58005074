package org.readout.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionary;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.AnnotatedArticle;

/**
 * Which accepted corrections offer a dictionary rule, and the checks a rule passes before it is
 * accepted: the line it becomes must load as {@code --actors FILE} loads it (a known role and
 * country, a CAMEO code, a start, an end not before it). Thread-safe; the bundled dictionary loads
 * on first use.
 */
public final class DictionaryRules {
  /** The id prefix of a person the actor stage found but the dictionary does not know. */
  static final String UNKNOWN_PERSON = "person/~";

  private DictionaryRules() {}

  private static final class Bundled {
    static final ActorDictionary DICTIONARY = ActorDictionaryLoader.loadBundled();
    static final Set<String> ROLES =
        DICTIONARY.roles().stream().map(ActorDictionary.Role::role).collect(Collectors.toSet());
    static final Set<String> PEOPLE =
        DICTIONARY.people().stream().map(ActorDictionary.Person::id).collect(Collectors.toSet());
  }

  /**
   * The rule an accepted correction offers, pending, or null when it offers none: only a quote's
   * speaker (corrected, or given to a missing quote) that is a person unknown to the dictionary.
   * Role, country and code are the document's when it told them (a title before the name).
   */
  public static @Nullable DictionaryRule offer(Correction c, AnnotatedArticle doc, Instant at) {
    boolean speaker =
        c.layer() == Correction.Layer.QUOTE
            && (c.field() == Correction.Field.SPEAKER || c.field() == Correction.Field.ADD);
    if (!speaker || c.proposed() == null || !c.proposed().startsWith(UNKNOWN_PERSON)) {
      return null;
    }
    Actor a = doc.actor(c.proposed());
    if (a == null || a.kind() != ActorKind.PERSON) {
      return null;
    }
    String personId = c.proposed().substring(UNKNOWN_PERSON.length());
    String name = clean(a.name());
    if (personId.isEmpty() || name.isEmpty() || Bundled.PEOPLE.contains(personId)) {
      return null;
    }
    String[] words = name.split(" ");
    String role = a.role() != null && Bundled.ROLES.contains(a.role()) ? a.role() : null;
    String country =
        a.country() != null && Bundled.DICTIONARY.country(a.country()) != null ? a.country() : null;
    String code = a.code() != null && isCode(a.code()) ? a.code() : null;
    return new DictionaryRule(
        0,
        c.id(),
        c.documentId(),
        c.proposed(),
        personId,
        name,
        words[words.length - 1],
        List.of(),
        "m".equals(a.gender()) || "f".equals(a.gender()) ? a.gender() : null,
        country,
        role,
        code,
        null,
        null,
        Correction.Status.PENDING,
        at,
        null,
        null,
        null);
  }

  /**
   * The rule as accepted with {@code d}'s values, checked so that its line loads.
   *
   * @throws CorrectionException naming the field that is missing or wrong
   */
  public static DictionaryRule accept(DictionaryRule r, DictionaryRule.Decision d, Instant at) {
    String shortName = d.shortName() != null ? clean(d.shortName()) : r.shortName();
    String gender = d.gender() != null ? blankToNull(d.gender()) : r.gender();
    String country = d.country() != null ? d.country().strip() : r.country();
    String role = d.role() != null ? d.role().strip() : r.role();
    String code = d.code() != null ? d.code().strip() : r.code();
    var start = d.start() != null ? d.start() : r.start();
    var end = d.end() != null ? d.end() : r.end();
    if (shortName.isEmpty() || shortName.contains("|")) {
      throw bad("short", "the short name is empty or holds '|'");
    }
    if (gender != null && !gender.equals("m") && !gender.equals("f")) {
      throw bad("gender", "gender is m, f or empty: " + gender);
    }
    if (country == null || Bundled.DICTIONARY.country(country) == null) {
      throw bad("country", "a rule needs a known ISO alpha-3 country (NGA, FRA): " + country);
    }
    if (role == null || !Bundled.ROLES.contains(role)) {
      throw bad("role", "a rule needs a role of roles.tsv (president, foreign minister): " + role);
    }
    if (code == null || !isCode(code)) {
      throw bad("code", "a rule needs a CAMEO actor code (NGAGOV): " + code);
    }
    if (start == null) {
      throw bad("start", "a rule needs the term's first day (YYYY-MM-DD)");
    }
    if (end != null && end.isBefore(start)) {
      throw bad("end", "end " + end + " is before start " + start);
    }
    return new DictionaryRule(
        r.id(),
        r.correctionId(),
        r.documentId(),
        r.actorId(),
        r.personId(),
        r.name(),
        shortName,
        r.aliases(),
        gender,
        country,
        role,
        code,
        start,
        end,
        Correction.Status.ACCEPTED,
        r.createdAt(),
        d.reviewer(),
        at,
        d.comment());
  }

  /** A CAMEO-style code, as the dictionary files take it: upper-case letters or digits by three. */
  static boolean isCode(String s) {
    return s.matches("(?:[A-Z0-9]{3})+");
  }

  /** One line of TSV: tabs, line breaks and runs of spaces become one space. */
  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s.strip();
  }

  private static CorrectionException bad(String field, String message) {
    return new CorrectionException(CorrectionException.Reason.BAD_FIELD, field, message);
  }
}
