package org.readout.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A correction that generalizes: a reader named as a quote's speaker a person the actor dictionary
 * does not know ({@code person/~amara-okafor}), so the store offers a line of {@code people.tsv}
 * for a local overlay file, which {@code readout extract --actors FILE} and {@code ingest --actors
 * FILE} read. Pending until a reviewer with the token accepts it (completing what the document did
 * not tell: role, country, code and the term's dates) or rejects it; the columns are those of
 * docs/actor-dictionary.md.
 *
 * @param id the store's number for it
 * @param correctionId the accepted correction that offered it
 * @param documentId the corrected document
 * @param actorId the document's actor the correction named ({@code person/~amara-okafor})
 * @param personId the dictionary id, a slug of the name ({@code amara-okafor})
 * @param shortName the name used alone after first mention ({@code Okafor})
 * @param aliases other names, none containing {@code |}
 * @param gender {@code m}, {@code f} or null
 * @param country ISO alpha-3 country code, or null until reviewed
 * @param role a role of {@code roles.tsv} ({@code foreign minister}), or null until reviewed
 * @param code the CAMEO actor code during the term ({@code NGAGOV}), or null until reviewed
 * @param start the term's first day, or null until reviewed
 * @param end the term's last day; null while in office
 */
public record DictionaryRule(
    long id,
    long correctionId,
    String documentId,
    String actorId,
    String personId,
    String name,
    String shortName,
    List<String> aliases,
    @Nullable String gender,
    @Nullable String country,
    @Nullable String role,
    @Nullable String code,
    @Nullable LocalDate start,
    @Nullable LocalDate end,
    Correction.Status status,
    Instant createdAt,
    @Nullable String reviewedBy,
    @Nullable Instant reviewedAt,
    @Nullable String comment) {
  /** The header line of a people overlay file, as {@code --actors FILE} expects it. */
  public static final String PEOPLE_HEADER =
      "id\tname\tshort\taliases\tgender\tcountry\trole\tcode\tstart\tend";

  public DictionaryRule {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(status, "status");
    aliases = List.copyOf(aliases);
  }

  /**
   * The rule as a {@code people.tsv} line (no line end), in the columns of {@link #PEOPLE_HEADER}.
   *
   * @throws IllegalStateException when the rule is not complete (only accepted rules are)
   */
  public String tsvLine() {
    if (country == null || role == null || code == null || start == null) {
      throw new IllegalStateException("rule " + id + " lacks country, role, code or start");
    }
    return String.join(
        "\t",
        personId,
        name,
        shortName,
        String.join("|", aliases),
        gender == null ? "" : gender,
        country,
        role,
        code,
        start.toString(),
        end == null ? "" : end.toString());
  }

  /**
   * What a reviewer decides about a rule: accept or reject, and for an acceptance the values that
   * complete or replace the offered ones (null keeps the offered value).
   */
  public record Decision(
      boolean accept,
      String reviewer,
      @Nullable String shortName,
      @Nullable String gender,
      @Nullable String country,
      @Nullable String role,
      @Nullable String code,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable String comment) {
    public Decision {
      Objects.requireNonNull(reviewer, "reviewer");
    }
  }
}
