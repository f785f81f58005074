package org.readout.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final String PAGE =
      """
      <!doctype html>
      <html><head>
        <title>Page title | Site</title>
        <meta property="og:title" content="  Social   title ">
        <meta property="article:published_time" content="2025-04-30T22:10:00-04:00">
        <meta name="date" content="2020-01-01">
        <meta property="og:url" content="https://news.example/a">
        <link rel="canonical" href="https://news.example/canonical">
        <style>p { color: red }</style>
        <script>var x = "<p>not text</p>";</script>
      </head><body>
        <header><p>Site header</p></header>
        <nav><ul><li>Home</li><li>World</li></ul></nav>
        <article>
          <h1>Harbour reopens</h1>
          <p>GENOA, April 30, 2025 — The harbour   reopened&nbsp;on <b>Wednesday</b>.</p>
          <blockquote><p>“We are back,” said the mayor.</p></blockquote>
          <p>Talks were called « constructive ».</p>
          <figure><img src="x.jpg"><figcaption>Ships wait outside the port.</figcaption></figure>
          <ul><li>First point</li><li>Second point</li></ul>
          <form><p>Subscribe now</p></form>
        </article>
        <aside><h2>Related stories</h2><p>Other news</p></aside>
        <footer><p>Copyright</p></footer>
      </body></html>
      """;

  @Test
  void extractsArticleParagraphsWithoutPageFurniture() {
    HtmlPage page = HtmlExtractor.extract(PAGE);

    assertThat(page.text())
        .isEqualTo(
            """
            Harbour reopens

            GENOA, April 30, 2025 \u2014 The harbour reopened on Wednesday.

            \u201cWe are back,\u201d said the mayor.

            Talks were called \u00ab constructive \u00bb.

            Ships wait outside the port.

            First point

            Second point\
            """);
    assertThat(page.warnings()).isEmpty();
  }

  @Test
  void readsTitleDateAndUrlFromMetadata() {
    HtmlPage page = HtmlExtractor.extract(PAGE);

    assertThat(page.title()).isEqualTo("Social title");
    assertThat(page.date()).isEqualTo(LocalDate.of(2025, 4, 30)); // the local date, not UTC's May 1
    assertThat(page.url()).isEqualTo("https://news.example/a");
  }

  @Test
  void fallsBackToTitleTagOtherDateKeysTimeElementAndCanonicalLink() {
    String html =
        "<html><head><title> Plain title </title><link rel=canonical href='https://c.example/x'></head>"
            + "<body><p>Text.</p><time datetime='2024-11-05'>Nov 5</time></body></html>";
    String pubdate = "<meta name=pubdate content='2024-02-29'><p>Leap.</p>";
    String bad = "<meta property='og:published_time' content='last Tuesday'><p>Text.</p>";

    HtmlPage page = HtmlExtractor.extract(html);

    assertThat(page.title()).isEqualTo("Plain title");
    assertThat(page.url()).isEqualTo("https://c.example/x");
    assertThat(page.date()).isEqualTo(LocalDate.of(2024, 11, 5));
    assertThat(HtmlExtractor.extract(pubdate).date()).isEqualTo(LocalDate.of(2024, 2, 29));
    HtmlPage badPage = HtmlExtractor.extract(bad);
    assertThat(badPage.date()).isNull();
    assertThat(badPage.warnings())
        .containsExactly("unreadable date \"last Tuesday\" in meta og:published_time");
  }

  @Test
  void withoutArticleTakesTheElementWithMostParagraphText() {
    String html =
        "<body><div id=side><p>Short teaser.</p></div>"
            + "<div id=story><div><p>The first long paragraph of the story.</p></div>"
            + "<div><p>The second long paragraph of the story.</p></div></div>"
            + "<div id=more><p>Another teaser.</p></div></body>";

    assertThat(HtmlExtractor.extract(html).text())
        .isEqualTo(
            "The first long paragraph of the story.\n\nThe second long paragraph of the story.");
  }

  @Test
  void keepsLooseTextAsParagraphsAtBlockBoundaries() {
    String html =
        "<body><div>Loose <i>intro</i> line<br>second line</div><p>Para.</p>tail words</body>";

    assertThat(HtmlExtractor.extract(html).text())
        .isEqualTo("Loose intro line\n\nsecond line\n\nPara.\n\ntail words");
  }

  @Test
  void malformedHtmlStillYieldsText() {
    // Without a doctype jsoup parses in quirks mode, where <table> does not close the open <p>.
    String html = "<html><body><p>First <b>bold<p>Second</i></div><table><tr><td>Cell text";

    assertThat(HtmlExtractor.extract(html).text()).isEqualTo("First bold\n\nSecond Cell text");
  }

  @Test
  void nulCharacterReferenceBecomesReplacementCharacter() {
    assertThat(HtmlExtractor.extract("<p>a&#0;b</p>").text()).isEqualTo("a\uFFFDb");
  }

  @Test
  void pageWithoutTextGivesEmptyText() {
    String html =
        "<html><head><title>Only a title</title><script>x()</script></head>"
            + "<body><nav><p>Menu</p></nav><img src=a.png></body></html>";

    HtmlPage page = HtmlExtractor.extract(html);

    assertThat(page.text()).isEmpty();
    assertThat(page.title()).isEqualTo("Only a title");
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String html = "<div>".repeat(20_000) + "<p>Deep.</p>" + "</div>".repeat(20_000);

    assertThat(HtmlExtractor.extract(html).text()).contains("Deep.");
  }
}
