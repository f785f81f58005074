package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Quote;
import org.readout.core.model.QuoteKind;
import org.readout.core.model.Span;

/**
 * The CoreNLP baseline's pure parts; the pipeline itself is never loaded here (coref takes a minute
 * to load).
 */
class CoreNlpQuoteBaselineTest {
  private static final String TEXT =
      "Okafor said: \"The ferry leaves at noon.\" Later, \"not before the tide,\" she added.";

  private static Quote readoutQuote(String content) {
    int start = TEXT.indexOf(content);
    return new Quote(
        new Span(start, start + content.length()),
        QuoteKind.DIRECT,
        "okafor",
        null,
        null,
        null,
        0.9,
        null);
  }

  @Test
  void pairsCoreNlpSpanWithMarksToReadoutSpanWithout() {
    Quote first = readoutQuote("The ferry leaves at noon.");
    Quote second = readoutQuote("not before the tide,");
    int marked = TEXT.indexOf("\"not before");
    Span coreNlp = new Span(marked, marked + "\"not before the tide,\"".length());

    assertThat(CoreNlpQuoteBaseline.overlapping(List.of(first, second), coreNlp)).isSameAs(second);
  }

  @Test
  void prefersTheQuoteInsideTheMarksToALongerClauseAroundIt() {
    Quote inside = readoutQuote("not before the tide,");
    int clauseStart = TEXT.indexOf("Later");
    Quote clause =
        new Quote(
            new Span(clauseStart, TEXT.length()),
            QuoteKind.INDIRECT,
            "okafor",
            null,
            null,
            null,
            0.5,
            null);
    int marked = TEXT.indexOf("\"not before");
    Span coreNlp = new Span(marked, marked + "\"not before the tide,\"".length());

    assertThat(CoreNlpQuoteBaseline.overlapping(List.of(clause, inside), coreNlp)).isSameAs(inside);
  }

  @Test
  void noPairWhenSpansOnlyTouch() {
    Quote first = readoutQuote("The ferry leaves at noon.");
    int after = first.span().end();
    Span touching = new Span(after, after + 1);

    assertThat(CoreNlpQuoteBaseline.overlapping(List.of(first), touching)).isNull();
    assertThat(CoreNlpQuoteBaseline.overlapping(List.of(), new Span(0, TEXT.length()))).isNull();
  }

  @Test
  void runsQuoteAttributionOnStatisticalCoref() {
    Properties p = CoreNlpQuoteBaseline.properties();

    assertThat(p.getProperty("annotators"))
        .isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    assertThat(p.getProperty("coref.algorithm")).isEqualTo("statistical");
    assertThat(p.getProperty("quote.attributeQuotes")).isEqualTo("true");
  }
}
