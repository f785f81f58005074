package org.readout.cli.bench;

import org.jspecify.annotations.Nullable;
import org.readout.cli.bench.Cast.Nation;
import org.readout.cli.bench.Cast.Official;

/**
 * One side of a happening: a nation (or international body) and, when one is in office, the
 * official who speaks for it.
 */
record Party(Nation nation, @Nullable Official official) {
  /** First reference: "Chinese President Xi Jinping", or "the Chinese government". */
  String first() {
    return official == null
        ? "the " + nation.adjective() + " government"
        : nation.adjective() + " " + official.title() + " " + official.name();
  }

  /**
   * Later reference: "Xi"; "President Xi" in the translated style; "the Chinese foreign ministry".
   */
  String later(Style style) {
    if (official == null) {
      return "the " + nation.adjective() + " foreign ministry";
    }
    return style == Style.TRANSLATED
        ? official.title() + " " + official.shortName()
        : official.shortName();
  }

  /** The CAMEO country (or IGO) code of the side. */
  String country() {
    return nation.code();
  }
}
