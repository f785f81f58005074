package org.readout.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;
import org.readout.core.model.MentionKind;
import org.readout.core.model.Span;

/**
 * An actor's mentions never overlap, whatever order they come in; the check is one lookup, not a
 * scan of every earlier mention (issue 13).
 */
class DocumentActorsTest {
  @Test
  void anOverlappingMentionIsRefusedInAnyOrder() {
    DocumentActors actors = new DocumentActors();
    DocumentActors.Builder b = actors.get("country/CHN", "China", ActorKind.COUNTRY);
    actors.mention(b, new Span(10, 15), MentionKind.NAME);
    actors.mention(b, new Span(0, 5), MentionKind.NAME);
    actors.mention(b, new Span(3, 8), MentionKind.NAME); // overlaps [0, 5)
    actors.mention(b, new Span(5, 10), MentionKind.PRONOUN); // touches both, overlaps neither
    actors.mention(b, new Span(12, 20), MentionKind.NAME); // overlaps [10, 15)
    actors.mention(b, new Span(4, 11), MentionKind.NAME); // overlaps all three
    actors.mention(b, new Span(20, 26), MentionKind.DESCRIPTION);
    assertThat(b.mentions)
        .extracting(Mention::span)
        .containsExactly(new Span(10, 15), new Span(0, 5), new Span(5, 10), new Span(20, 26));
  }

  @Test
  void thousandsOfMentionsOfOneActorAreAllKept() {
    DocumentActors actors = new DocumentActors();
    DocumentActors.Builder b = actors.get("country/CHN", "China", ActorKind.COUNTRY);
    for (int i = 0; i < 20_000; i++) {
      actors.mention(b, new Span(i * 6, i * 6 + 5), MentionKind.NAME);
      actors.mention(b, new Span(i * 6 + 1, i * 6 + 3), MentionKind.PRONOUN);
    }
    assertThat(b.mentions).hasSize(20_000).allMatch(m -> m.kind() == MentionKind.NAME);
  }
}
