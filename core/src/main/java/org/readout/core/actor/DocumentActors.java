package org.readout.core.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * The actors of one document while the resolver builds them. Not thread-safe; one per {@code apply}
 * call.
 */
final class DocumentActors {
  /** A mutable actor under construction. */
  static final class Builder {
    final String id;
    String name;
    final ActorKind kind;
    @Nullable String code;
    @Nullable String country;
    @Nullable String role;
    @Nullable String gender;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> members = new ArrayList<>();

    /**
     * The mentions' spans by start: they never overlap, so one lookup finds a clash (issue 13: a
     * scan of every earlier mention made a page naming one country thousands of times quadratic).
     */
    final TreeMap<Integer, Span> taken = new TreeMap<>();

    Builder(String id, String name, ActorKind kind) {
      this.id = id;
      this.name = name;
      this.kind = kind;
    }

    Actor build() {
      return new Actor(id, name, kind, code, country, role, gender, mentions, members);
    }
  }

  /** A mention of a person, kept in text order for pronoun and description resolution. */
  record PersonMention(Span span, String actorId, int sentence, int paragraph, boolean quoted) {}

  private final Map<String, Builder> byId = new LinkedHashMap<>();
  final List<PersonMention> personMentions = new ArrayList<>();

  Builder get(String id, String name, ActorKind kind) {
    return byId.computeIfAbsent(id, k -> new Builder(id, name, kind));
  }

  @Nullable Builder find(String id) {
    return byId.get(id);
  }

  Iterable<Builder> all() {
    return byId.values();
  }

  void mention(Builder b, Span span, MentionKind kind) {
    // The mention starting last before span's end is the only one that can overlap it, since
    // mentions already taken are disjoint.
    Map.Entry<Integer, Span> before = b.taken.floorEntry(span.end() - 1);
    if (before != null && before.getValue().overlaps(span)) {
      return;
    }
    b.taken.put(span.start(), span);
    b.mentions.add(new Mention(span, kind));
  }

  List<Actor> build() {
    List<Actor> out = new ArrayList<>();
    for (Builder b : byId.values()) {
      if (!b.mentions.isEmpty()) {
        out.add(b.build());
      }
    }
    return out;
  }
}
