package org.readout.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.readout.server.ReadoutServer;
import org.readout.store.sqlite.SqliteStore;

/**
 * The reader in a real headless Chromium: highlights, side lists, hover card, toggles, keyboard
 * navigation, the escaped {@code <script>} article, the timeline chart, a phone-width screen and
 * reading without JavaScript; a correction proposed in the article view, accepted on the review
 * page, shown in the article and returned by the API. Screenshots go to {@code
 * target/screenshots/}.
 */
class WebReaderBrowserTest {
  private static final String TOKEN = "browser-token-7c2";
  @TempDir static Path dir;
  private static SqliteStore store;
  private static ReadoutServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.requireChromium();
    store = ReaderFixtures.store(dir.resolve("reader.db"));
    server =
        ReadoutServer.builder(store).port(0).token(TOKEN).routes(new WebReader()).build().start();
    browser = Browser.start(1360, 1000, true);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static String url(String path) {
    return server.uri().resolve(path).toString();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver).executeScript(script, args);
  }

  @Test
  void articleViewHighlightsLayersAndSideListsScrollToEvidence() throws Exception {
    var d = browser.driver;
    d.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
    assertThat(d.findElements(By.cssSelector("#list-quote li.item"))).hasSize(5);
    assertThat(d.findElements(By.cssSelector("#list-event li.item"))).hasSize(4);
    assertThat(d.findElements(By.cssSelector("#list-time li.item"))).hasSize(5);
    assertThat(d.findElements(By.cssSelector("#list-flag li.item"))).hasSize(1);
    WebElement quote = d.findElement(By.id("ev-q126-166"));
    assertThat(quote.getText()).isEqualTo("Our partnership has never been stronger,");
    assertThat(quote.getCssValue("background-color")).isEqualTo("rgba(253, 230, 138, 1)");

    // The flag's side-list links go to both conflicting spans and mark them.
    d.findElement(By.cssSelector("#item-f374-380 .ev-link")).click();
    new WebDriverWait(d, Duration.ofSeconds(5))
        .until(x -> x.findElement(By.id("ev-f374-380")).getAttribute("class").contains("focus"));
    assertThat(d.findElement(By.id("ev-f374-380-o")).getAttribute("class")).contains("focus");
    assertThat(d.getCurrentUrl()).endsWith("#ev-f374-380");
    assertThat(d.findElement(By.id("ev-f374-380-o")).getText()).isEqualTo("January 21, 2025");

    // Hovering a quote shows its speaker and channel; the pronoun attribution names its mention.
    new Actions(d).moveToElement(d.findElement(By.id("ev-q297-337"))).perform();
    WebElement card = d.findElement(By.id("inspector"));
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> card.isDisplayed());
    assertThat(card.getText())
        .contains("speaker: Xi Jinping")
        .contains("attributed through the pronoun “He”");
    browser.screenshot("article-hover");

    // A layer's checkbox hides its marks (CSS :has, no script needed).
    d.findElement(By.id("show-quote")).click();
    assertThat(quote.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    browser.screenshot("article-quotes-hidden");
    d.findElement(By.id("show-quote")).click();
    assertThat(quote.getCssValue("background-color")).isEqualTo("rgba(253, 230, 138, 1)");
  }

  @Test
  void keyboardFollowsASideListLinkToItsEvidence() throws Exception {
    var d = browser.driver;
    d.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
    WebElement link = d.findElement(By.cssSelector("#item-q297-337 .item-links a"));
    assertThat(link.getText()).isEqualTo("pronoun “He”");
    link.sendKeys(Keys.ENTER);
    new WebDriverWait(d, Duration.ofSeconds(5))
        .until(x -> "ev-q297-337-s".equals(js("return document.activeElement.id")));
    assertThat(d.findElement(By.id("ev-q297-337-s")).getText()).isEqualTo("He");
    // The evidence reached by keyboard shows its card: the pronoun's speaker.
    WebElement card = d.findElement(By.id("inspector"));
    assertThat(card.isDisplayed()).isTrue();
    assertThat(card.getText()).contains("speaker: Xi Jinping (through the pronoun “He”)");
    // ...beside the evidence, after the browser scrolled to it.
    new WebDriverWait(d, Duration.ofSeconds(5))
        .until(
            x ->
                (Boolean)
                    js(
                        "var a = document.getElementById('ev-q297-337-s').getBoundingClientRect(),"
                            + " c = document.getElementById('inspector').getBoundingClientRect();"
                            + " return Math.abs(c.top - a.bottom) < 40;"));
    browser.screenshot("article-keyboard");
  }

  @Test
  void scriptInAnArticleDisplaysAsText() throws Exception {
    var d = browser.driver;
    d.get(url("/documents/" + ReaderFixtures.SCRIPT_ID));
    String text = d.findElement(By.id("doc-text")).getText();
    assertThat(text)
        .contains("<script>alert('pwned')</script>")
        .contains("<img src=x onerror=alert(2)>");
    assertThat(d.findElements(By.cssSelector("#doc-text script, #doc-text img"))).isEmpty();
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("A <script> in the headline");
    assertThatThrownBy(() -> d.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    browser.screenshot("article-script-as-text");
  }

  @Test
  void theArticleViewLinksToItsStoryWhoseMentionsLeadBackToTheEvidence() throws Exception {
    var d = browser.driver;
    d.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
    d.findElement(By.cssSelector("a.story-link")).click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> x.getCurrentUrl().contains("/stories/s"));
    assertThat(d.findElement(By.cssSelector("ol.story-articles")).getText())
        .contains("Putin and Xi meet in Moscow")
        .contains("first report");
    List<WebElement> mentions = d.findElements(By.cssSelector("table.dedup ul.mentions a"));
    assertThat(mentions).isNotEmpty();
    browser.screenshot("story");
    String href = mentions.get(0).getAttribute("href");
    String anchor = href.substring(href.indexOf('#') + 1);
    mentions.get(0).click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> x.getCurrentUrl().contains("/documents/" + ReaderFixtures.SUMMIT_ID));
    // The mention's evidence is an event highlight of the article.
    assertThat(d.findElement(By.id(anchor)).getAttribute("class")).contains("hl-event");
    // The story list shows every headline as text, markup included.
    d.get(url("/stories"));
    assertThat(d.findElements(By.cssSelector("ol.stories a.title")))
        .extracting(WebElement::getText)
        .contains("A <script> in the headline", "Putin and Xi meet in Moscow");
    assertThatThrownBy(() -> d.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void timelineChartDrawsAndADayListsItsEvents() throws Exception {
    var d = browser.driver;
    d.get(url("/timeline?actor=person/xi-jinping"));
    WebElement canvas = d.findElement(By.id("timeline-chart"));
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> "3".equals(canvas.getAttribute("data-drawn")));
    long painted =
        (Long)
            js(
                "var c = arguments[0], p = c.getContext('2d').getImageData(0, 0, c.width,"
                    + " c.height).data, n = 0; for (var i = 3; i < p.length; i += 4) { if (p[i])"
                    + " n++; } return n;",
                canvas);
    assertThat(painted).isGreaterThan(1000);
    browser.screenshot("timeline");
    // A click on the first day's bar opens that day's events.
    @SuppressWarnings("unchecked")
    List<Long> bar =
        (List<Long>)
            js(
                "var m = Chart.getChart(arguments[0]).getDatasetMeta(0).data[0]; return"
                    + " [Math.round(m.x), Math.round(m.y + (m.base - m.y) / 2)];",
                canvas);
    int w = canvas.getSize().getWidth();
    int h = canvas.getSize().getHeight();
    new Actions(d)
        .moveToElement(canvas, (int) (bar.get(0) - w / 2), (int) (bar.get(1) - h / 2))
        .click()
        .perform();
    new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().contains("day="));
    assertThat(d.getCurrentUrl()).contains("day=2025-01-21");
    assertThat(d.findElement(By.id("day")).getText())
        .contains("Events on 2025-01-21")
        .contains("Express intent to cooperate economically");
    browser.screenshot("timeline-day");
    d.get(url("/actor?id=person/xi-jinping"));
    WebElement mentions = d.findElement(By.id("mentions-chart"));
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> "3".equals(mentions.getAttribute("data-drawn")));
    browser.screenshot("actor");
  }

  @Test
  void pagesFitAPhoneWidthScreen() throws Exception {
    try (Browser phone = Browser.start(390, 844, true)) {
      for (String path :
          List.of(
              "/documents/" + ReaderFixtures.SUMMIT_ID,
              "/documents",
              "/timeline?actor=RUS",
              "/events")) {
        phone.driver.get(url(path));
        if (path.startsWith("/timeline")) {
          // Measure the page as the reader sees it: after the chart has drawn and sized itself.
          WebElement chart = phone.driver.findElement(By.id("timeline-chart"));
          new WebDriverWait(phone.driver, Duration.ofSeconds(10))
              .until(x -> chart.getAttribute("data-drawn") != null);
        }
        long overflow =
            (Long)
                ((JavascriptExecutor) phone.driver)
                    .executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as(path).isLessThanOrEqualTo(0);
      }
      phone.driver.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
      phone.screenshot("article-phone");
    }
  }

  @Test
  void pagesReadWithoutJavaScript() throws Exception {
    try (Browser plain = Browser.start(1200, 900, false)) {
      plain.driver.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
      assertThat(plain.driver.findElement(By.id("doc-text")).getText())
          .contains("Our partnership has never been stronger");
      // Titles stay on the spans (the script would move them into the hover card).
      assertThat(plain.driver.findElement(By.id("ev-q126-166")).getAttribute("title"))
          .contains("speaker: Vladimir Putin");
      plain.driver.findElement(By.id("show-event")).click();
      assertThat(plain.driver.findElement(By.id("ev-e239-251")).getCssValue("text-decoration-line"))
          .isEqualTo("none");
      plain.driver.get(url("/timeline?actor=person/xi-jinping"));
      assertThat(plain.driver.findElement(By.id("timeline-table")).getText())
          .contains("2025-01-21");
      // No script, no chart: its empty frame is not shown, the table is the view.
      assertThat(plain.driver.findElement(By.cssSelector("figure.chart")).isDisplayed()).isFalse();
      plain.screenshot("timeline-no-js");
    }
  }

  @Test
  void aCorrectionIsProposedReviewedAndAppliedInTheViewAndTheApi() throws Exception {
    var d = browser.driver;
    assertThat(apiQuotes("Government of Russia")).doesNotContain("The meeting was first planned");
    d.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
    WebElement item = d.findElement(By.id("item-q340-398"));
    assertThat(item.findElement(By.className("item-head")).getText()).isEqualTo("officials");
    item.findElement(By.cssSelector("details.correct summary")).click();
    WebElement form = item.findElement(By.cssSelector("form.correction"));
    new Select(form.findElement(By.name("field"))).selectByValue("speaker");
    new Select(form.findElement(By.name("actor"))).selectByValue("government/RUS");
    form.findElement(By.name("comment")).sendKeys("Kremlin officials, not any officials");
    form.findElement(By.name("author")).sendKeys("Ana");
    form.findElement(By.name("token")).sendKeys(TOKEN);
    browser.screenshot("correction-form");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> form.getAttribute("data-saved") != null);
    String id = form.getAttribute("data-saved");
    assertThat(form.findElement(By.className("status")).getText())
        .isEqualTo("Saved as correction #" + id + ", pending review.");

    d.get(url("/corrections?status=pending"));
    WebElement row = d.findElement(By.id("correction-" + id));
    assertThat(row.getText()).contains("quote · speaker").contains("group/GOV → government/RUS");
    WebElement review = row.findElement(By.cssSelector("form.review"));
    // The token typed in the article view is remembered for this tab.
    assertThat(review.findElement(By.name("token")).getAttribute("value")).isEqualTo(TOKEN);
    review.findElement(By.name("reviewer")).sendKeys("Lee");
    browser.screenshot("corrections-review");
    review.findElement(By.cssSelector("button[value=accept]")).click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> review.getAttribute("data-reviewed") != null);
    assertThat(review.getAttribute("data-reviewed")).isEqualTo("accepted");

    d.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
    assertThat(d.findElement(By.cssSelector("#item-q340-398 .item-head")).getText())
        .isEqualTo("Government of Russia");
    assertThat(d.findElement(By.id("list-corrections")).getText()).contains("accepted");
    browser.screenshot("article-corrected");
    // ...and in what the API returns.
    assertThat(apiQuotes("Government of Russia"))
        .contains("The meeting was first planned for Friday");
  }

  @Test
  void aMissedItemIsReportedBySelectingItsText() throws Exception {
    var d = browser.driver;
    d.get(url("/documents/" + ReaderFixtures.SUMMIT_ID));
    String missed = "after the talks";
    int start = ReaderFixtures.SUMMIT.indexOf(missed);
    // Select the words in the article as a reader would, by a range over the rendered text.
    js(
        "var p = document.querySelector('#doc-text .para[data-start=\"125\"]'), w ="
            + " document.createTreeWalker(p, NodeFilter.SHOW_TEXT), n;"
            + " while ((n = w.nextNode())) { var i = n.data.indexOf(arguments[0]); if (i >= 0) {"
            + " var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i +"
            + " arguments[0].length); var s = getSelection(); s.removeAllRanges(); s.addRange(r);"
            + " break; } }",
        missed);
    WebElement details = d.findElement(By.cssSelector("#list-time details.missing"));
    details.findElement(By.tagName("summary")).click();
    WebElement form = details.findElement(By.tagName("form"));
    new WebDriverWait(d, Duration.ofSeconds(5))
        .until(
            x ->
                String.valueOf(start)
                    .equals(form.findElement(By.name("start")).getAttribute("value")));
    assertThat(form.findElement(By.name("end")).getAttribute("value"))
        .isEqualTo(String.valueOf(start + missed.length()));
    assertThat(form.findElement(By.name("selection")).getAttribute("value")).isEqualTo(missed);
    form.findElement(By.name("proposed")).sendKeys("2025-01-21");
    WebElement token = form.findElement(By.name("token"));
    token.clear();
    token.sendKeys(TOKEN);
    browser.screenshot("correction-missed-time");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(x -> form.getAttribute("data-saved") != null);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server.uri().resolve("/api/corrections/" + form.getAttribute("data-saved")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.body())
        .contains("\"layer\":\"time\"")
        .contains("\"start\":" + start)
        .contains("\"field\":\"add\"")
        .contains("\"proposed\":\"2025-01-21\"")
        .contains("\"status\":\"pending\"");
  }

  @Test
  void aPendingDictionaryRuleIsCompletedAndAcceptedOnTheReviewPage() throws Exception {
    // An accepted speaker correction naming a person the dictionary lacks offers a rule.
    String text =
        "\"The ferry service resumes next week,\" said Chidinma Eze, who became Nigeria's"
            + " ambassador in February, on Tuesday.";
    var doc =
        ReaderFixtures.annotate("rule-ferry", "Ferry", text, java.time.LocalDate.of(2025, 4, 1));
    store.write(List.of(doc), java.time.Instant.parse("2025-04-01T10:00:00Z"));
    var c =
        store.propose(
            new org.readout.store.CorrectionDraft(
                "rule-ferry",
                org.readout.store.Correction.Layer.QUOTE,
                doc.quotes().get(0).span(),
                null,
                org.readout.store.Correction.Field.SPEAKER,
                "person/~chidinma-eze",
                null,
                "reader"),
            java.time.Instant.parse("2025-04-01T11:00:00Z"));
    store.review(c.id(), true, "editor", java.time.Instant.parse("2025-04-01T12:00:00Z"));
    List<org.readout.store.DictionaryRule> offered = new java.util.ArrayList<>();
    store.scanRules(org.readout.store.Correction.Status.PENDING, 100, offered::add);
    long rule =
        offered.stream().filter(r -> r.correctionId() == c.id()).findFirst().orElseThrow().id();

    var d = browser.driver;
    d.get(url("/corrections?status=pending"));
    WebElement form = d.findElement(By.cssSelector("#rule-" + rule + " form.rule-review"));
    form.findElement(By.name("country")).sendKeys("NGA");
    form.findElement(By.name("role")).sendKeys("ambassador");
    form.findElement(By.name("code")).sendKeys("NGAGOV");
    form.findElement(By.name("start")).sendKeys("2024-02-01");
    WebElement token = form.findElement(By.name("token"));
    token.clear();
    token.sendKeys(TOKEN);
    form.findElement(By.name("reviewer")).sendKeys("Lee");
    browser.screenshot("rule-review");
    form.findElement(By.cssSelector("button[value=accept]")).click();
    WebElement status = form.findElement(By.className("status"));
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(
            x ->
                form.getAttribute("data-reviewed") != null
                    || status.getAttribute("class").contains("bad"));
    assertThat(form.getAttribute("data-reviewed")).as(status.getText()).isEqualTo("accepted");

    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri().resolve("/api/rules/" + rule)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.body())
        .contains("\"status\":\"accepted\"")
        .contains("\"country\":\"NGA\"")
        .contains("\"role\":\"ambassador\"")
        .contains("\"code\":\"NGAGOV\"")
        .contains("\"start\":\"2024-02-01\"")
        .contains("\"end\":null")
        .contains("\"reviewedBy\":\"Lee\"");
    // Reviewed, it shows its settled fields and no form.
    d.get(url("/corrections?status=accepted"));
    WebElement row = d.findElement(By.id("rule-" + rule));
    assertThat(row.getText()).contains("country NGA · role ambassador · code NGAGOV");
    assertThat(row.findElements(By.tagName("form"))).isEmpty();
  }

  private static String apiQuotes(String speaker) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server
                            .uri()
                            .resolve(
                                "/api/quotes?speaker=" + Html.query(speaker).replace("+", "%20")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
