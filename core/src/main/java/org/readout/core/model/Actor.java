package org.readout.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Someone or something that acts in an article, resolved to one identity within it.
 *
 * @param id stable identifier within the document, derived from the dictionary entry when there is
 *     one ({@code person/xi-jinping}, {@code country/CHN}); other stages refer to actors by this id
 * @param name canonical name ("Xi Jinping")
 * @param kind what sort of actor
 * @param code CAMEO-style actor code for the document date ({@code CHNGOV}), or null when unknown
 * @param country ISO 3166 alpha-3 code of the actor's country, or null
 * @param role role word for people and groups ("president", "foreign minister", "protesters"), or
 *     null
 * @param gender {@code m}, {@code f} or null, for pronoun agreement
 * @param mentions every mention, sorted by position
 * @param members for a group of actors ("the two leaders"), the ids of its members; otherwise empty
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    @Nullable String code,
    @Nullable String country,
    @Nullable String role,
    @Nullable String gender,
    List<Mention> mentions,
    List<String> members) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    mentions = mentions.stream().sorted().toList();
    members = List.copyOf(members);
  }

  /** The first mention, which decides the actor's position in sorted output. */
  public Mention firstMention() {
    return mentions.get(0);
  }

  /** This actor with other mentions, everything else the same. */
  public Actor withMentions(List<Mention> mentions) {
    return new Actor(id, name, kind, code, country, role, gender, mentions, members);
  }
}
