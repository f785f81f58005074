package org.readout.server.web;

/**
 * Renders the correction form of an item in the article view, and the "missing item" form of a
 * layer. An interface so the article view can be rendered (and tested) without a corrections
 * backend.
 */
interface CorrectionForms {
  /** The HTML form that marks {@code item} wrong and proposes the fix, or "". */
  String form(Item item);

  /** The HTML form that reports an item of {@code layer} the engine missed, or "". */
  String missing(Layer layer);

  /** Markup the forms share (a datalist of the document's actors), or "". */
  default String actorList() {
    return "";
  }

  /** No forms (a reader without corrections). */
  CorrectionForms NONE =
      new CorrectionForms() {
        @Override
        public String form(Item item) {
          return "";
        }

        @Override
        public String missing(Layer layer) {
          return "";
        }
      };
}
