package org.readout.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.core.model.Paragraph;
import org.readout.core.model.Span;

class EvidenceTextTest {
  private static Highlight h(int start, int end, Layer layer, String ref) {
    return new Highlight(new Span(start, end), layer, ref, "ev-" + ref, "main", ref + " title");
  }

  @Test
  void escapesEveryCharacterOfTheText() {
    String text = "A <script>alert(1)</script> & <img src=x onerror=alert(2)> \"q\" 'a'";
    String html = EvidenceText.render(text, List.of(), List.of(h(2, 10, Layer.QUOTE, "q2-10")));
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<img")
        .contains("&lt;script&gt;")
        .contains("&lt;img src=x onerror=alert(2)&gt;")
        .contains("&quot;q&quot; &#39;a&#39;")
        .contains("&amp;");
  }

  @Test
  void nestsAContainedHighlightInsideItsContainer() {
    String text = "Lee said he would visit Paris.";
    String html =
        EvidenceText.render(
            text, List.of(), List.of(h(9, 29, Layer.QUOTE, "q"), h(24, 29, Layer.ACTOR, "a")));
    assertThat(html)
        .contains(
            "<span class=\"hl hl-quote\" data-ref=\"q\" id=\"ev-q\" tabindex=\"-1\" title=\"q"
                + " title\">he would visit </span>")
        .contains(
            "<span class=\"hl hl-quote\" data-ref=\"q\" title=\"q title\"><span class=\"hl"
                + " hl-actor\" data-ref=\"a\" id=\"ev-a\" tabindex=\"-1\" title=\"a"
                + " title\">Paris</span></span>.");
  }

  @Test
  void splitsOverlappingHighlightsIntoSegmentsWithOneAnchorEach() {
    String text = "abcdefghij";
    // [2,6) and [4,8) overlap on [4,6): three segments, the middle one inside both.
    String html =
        EvidenceText.render(
            text, List.of(), List.of(h(2, 6, Layer.QUOTE, "q"), h(4, 8, Layer.EVENT, "e")));
    String plain = html.replaceAll("<[^>]+>", "");
    assertThat(plain).isEqualTo("abcdefghij\n");
    assertThat(html).contains(">cd</span>");
    assertThat(html).contains("data-ref=\"e\" id=\"ev-e\" tabindex=\"-1\" title=\"e title\">ef");
    assertThat(html).contains(">gh</span>");
    assertThat(count(html, "id=\"ev-q\"")).isEqualTo(1);
    assertThat(count(html, "id=\"ev-e\"")).isEqualTo(1);
    assertThat(count(html, "data-ref=\"q\"")).isEqualTo(2);
    assertThat(count(html, "data-ref=\"e\"")).isEqualTo(2);
    assertThat(count(html, "<span")).isEqualTo(count(html, "</span>"));
  }

  @Test
  void paragraphsCutHighlightsAndKeepTextTheyLeaveOut() {
    String text = "First one.\n\nSecond one.\n\nStray";
    String html =
        EvidenceText.render(
            text,
            List.of(new Paragraph(new Span(0, 10)), new Paragraph(new Span(12, 23))),
            List.of(h(6, 18, Layer.QUOTE, "q")));
    assertThat(html)
        .startsWith("<p class=\"para\" data-start=\"0\">First <span")
        .contains(
            "one.</span></p>\n<p class=\"para\" data-start=\"12\"><span class=\"hl hl-quote\"")
        .contains(">Second</span> one.</p>")
        .endsWith("<p class=\"para\" data-start=\"25\">Stray</p>\n");
  }

  @Test
  void clipsHighlightsPastTheTextAndDropsEmptyOnes() {
    String html =
        EvidenceText.render(
            "short", List.of(), List.of(h(2, 99, Layer.TIME, "t"), h(3, 3, Layer.FLAG, "f")));
    assertThat(html).contains(">ort</span>").doesNotContain("hl-flag");
  }

  @Test
  void controlCharactersBecomeReplacementCharacters() {
    assertThat(Html.esc("a\u0000b\u0007c\nd")).isEqualTo("a\uFFFDb\uFFFDc\nd");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
