package org.readout.core.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readout.core.event.DocumentTargets.Act;
import org.readout.core.model.Actor;
import org.readout.core.model.ActorKind;
import org.readout.core.model.Mention;

/**
 * A fallback for inherently directed acts (appeals, aid, demands, disapproval, threats: roots 02,
 * 07, 10, 11, 13) with no target found: the one country other than the source's that the paragraph
 * names. Two or more such countries leave the target unknown.
 */
final class ParagraphCountry implements DocumentTargets.Source {
  private final DocView v;

  ParagraphCountry(DocView v) {
    this.v = v;
  }

  @Override
  public List<String> targets(Act act) {
    int root = CodeCombiner.root(act.code());
    if (root != 2 && root != 7 && root != 10 && root != 11 && root != 13) {
      return List.of();
    }
    int at = v.tokens.get(act.predicate().start()).span().start();
    int start = v.text.lastIndexOf('\n', at) + 1;
    int end = v.text.indexOf('\n', at);
    end = end < 0 ? v.text.length() : end;
    String own = DocumentTargets.countryOf(v, act.source());
    Map<String, String> others = new LinkedHashMap<>();
    for (Actor a : v.doc.actors()) {
      if (a.country() == null || a.country().equals(own) || !a.members().isEmpty()) {
        continue;
      }
      for (Mention m : a.mentions()) {
        if (m.span().start() >= start && m.span().start() < end) {
          String old = others.get(a.country());
          if (old == null || a.kind() == ActorKind.COUNTRY) {
            others.put(a.country(), a.id());
          }
          break;
        }
      }
    }
    return others.size() == 1 ? List.copyOf(others.values()) : List.of();
  }
}
