package org.readout.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;
import org.readout.core.model.DateSource;
import org.readout.ingest.TextDecoder.BadInputException;
import org.readout.ingest.TextDecoder.Decoded;
import org.readout.ingest.html.HtmlExtractor;
import org.readout.ingest.html.HtmlPage;

/**
 * Turns one whole document (plain text or HTML bytes, a feed item's content, a WARC record's
 * payload) into an {@link IngestResult}: decoding, text extraction, title, URL and the document
 * date by one precedence (a metadata date, else the dateline, else a crawl date, else {@link
 * ReadOptions#defaultDate()}).
 *
 * <p>Public for the format readers of this module ({@code ingest.rss}, {@code ingest.warc}); other
 * callers read files with {@link ArticleReader}. Stateless and thread-safe.
 */
public final class DocumentParser {
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  /** Where HTML must declare its encoding (the HTML standard says within the first 1024 bytes). */
  private static final int CHARSET_SCAN_BYTES = 1024;

  private DocumentParser() {}

  /** A plain-text document: detected charset, dateline date, headline line as the title. */
  static IngestResult text(String id, String name, byte[] bytes, int length, ReadOptions options) {
    Decoded decoded;
    try {
      decoded = TextDecoder.decode(bytes, 0, length, options.encoding());
    } catch (BadInputException e) {
      return IngestResult.failed(id, name + ": " + e.getMessage());
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    warnAboutCharset(name, decoded, diagnostics);
    return article(id, name, decoded.text(), null, null, null, null, diagnostics, options, true);
  }

  /** An HTML page: main text, metadata date, title and URL by {@link HtmlExtractor}. */
  static IngestResult html(String id, String name, byte[] bytes, int length, ReadOptions options) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    HtmlPage page;
    try {
      page = extract(name, bytes, length, null, options, diagnostics);
    } catch (BadInputException e) {
      return IngestResult.failed(id, name + ": " + e.getMessage());
    }
    if (page.text().isEmpty()) {
      return IngestResult.failed(id, name + ": HTML has no text");
    }
    return article(
        id,
        name,
        page.text(),
        page.title(),
        page.date(),
        null,
        page.url(),
        diagnostics,
        options,
        false);
  }

  /**
   * A crawled web page (a WARC response payload). Only articles are read: a page with too little
   * text or mostly links is skipped with its {@link SkipReason}, as {@link ArticleCheck} decides.
   *
   * @param headerCharset the charset of the HTTP {@code Content-Type} header, which beats the
   *     page's {@code <meta>}; null when the header names none
   * @param crawlDate the document date when the page has no metadata date and no dateline
   * @param url the page's URL (the record's target URI)
   */
  public static IngestResult webPage(
      String id,
      String name,
      byte[] bytes,
      int length,
      @Nullable Charset headerCharset,
      @Nullable LocalDate crawlDate,
      String url,
      ReadOptions options) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    HtmlPage page;
    try {
      page = extract(name, bytes, length, headerCharset, options, diagnostics);
    } catch (BadInputException e) {
      return IngestResult.failed(id, name + ": " + e.getMessage());
    }
    IngestResult skipped = ArticleCheck.skip(id, name, page);
    if (skipped != null) {
      return skipped;
    }
    return article(
        id,
        name,
        page.text(),
        page.title(),
        page.date(),
        crawlDate,
        url,
        diagnostics,
        options,
        false);
  }

  /**
   * A feed item: its content (HTML reduced to text as for pages, or plain text) with the item's own
   * title, date and link. An item without text is skipped ({@link SkipReason#NO_TEXT}).
   */
  public static IngestResult feedItem(
      String id,
      String name,
      String content,
      boolean isHtml,
      @Nullable String title,
      @Nullable LocalDate date,
      @Nullable String url,
      ReadOptions options) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text = TextDecoder.normalizeNewlines(content).strip();
    if (isHtml) {
      HtmlPage page = HtmlExtractor.extract(content);
      page.warnings().forEach(w -> diagnostics.add(Diagnostic.warning(name + ": " + w)));
      text = page.text();
    }
    if (text.isEmpty()) {
      return IngestResult.skipped(id, SkipReason.NO_TEXT, name + ": skipped: no text");
    }
    return article(id, name, text, title, date, null, url, diagnostics, options, false);
  }

  /**
   * The article for already-decoded text, with the document date chosen by precedence: the metadata
   * date, else the dateline (a dateline without a year takes it from {@link
   * ReadOptions#defaultDate()} or the crawl date; without either, the time stage infers it), else
   * the crawl date (as metadata), else {@link ReadOptions#defaultDate()}, else none.
   *
   * @param headlineAsTitle whether a headline line above the dateline becomes the title when {@code
   *     title} is null
   */
  static IngestResult article(
      String id,
      String name,
      String text,
      @Nullable String title,
      @Nullable LocalDate metadataDate,
      @Nullable LocalDate crawlDate,
      @Nullable String url,
      List<Diagnostic> diagnostics,
      ReadOptions options,
      boolean headlineAsTitle) {
    if (text.isBlank()) {
      diagnostics.add(Diagnostic.error(name + ": empty document"));
      return new IngestResult(id, null, diagnostics);
    }
    Dateline dateline = Dateline.find(text);
    String resolvedTitle = title;
    if (resolvedTitle == null
        && headlineAsTitle
        && dateline != null
        && dateline.headline() != null) {
      resolvedTitle = dateline.headline().of(text);
    }
    LocalDate date = null;
    DateSource source = DateSource.NONE;
    if (metadataDate != null) {
      date = metadataDate;
      source = DateSource.METADATA;
    } else if (dateline != null && dateline.date() != null) {
      date = dateline.date();
      source = DateSource.DATELINE;
    } else if (dateline != null
        && dateline.monthDay() != null
        && (options.defaultDate() != null || crawlDate != null)) {
      // "LONDON, June 11 (Reuters) -": the dateline gives the day, the given or crawl date the
      // year.
      date = dateline.dateNear(options.defaultDate() != null ? options.defaultDate() : crawlDate);
      source = DateSource.DATELINE;
    } else if (crawlDate != null) {
      date = crawlDate;
      source = DateSource.METADATA;
    } else if (options.defaultDate() != null) {
      date = options.defaultDate();
      source = DateSource.GIVEN;
    }
    return new IngestResult(
        id, new Article(id, resolvedTitle, text, date, source, url), diagnostics);
  }

  /**
   * Decodes and extracts a page. The charset is, in order: a byte-order mark, {@code
   * headerCharset}, {@link ReadOptions#encoding()}, the page's {@code <meta>} charset, then the
   * detection of {@link TextDecoder} (UTF-8, else windows-1252, as the HTML standard's fallback
   * is). Unmappable bytes in a declared charset become U+FFFD rather than failing the page.
   */
  private static HtmlPage extract(
      String name,
      byte[] bytes,
      int length,
      @Nullable Charset headerCharset,
      ReadOptions options,
      List<Diagnostic> diagnostics)
      throws BadInputException {
    Charset known = headerCharset != null ? headerCharset : options.encoding();
    if (known == null && TextDecoder.bomCharset(bytes, 0, length) == null) {
      known = declaredCharset(bytes, length);
    }
    Decoded decoded = TextDecoder.decode(bytes, 0, length, known);
    if (decoded.text().isBlank()) {
      throw new BadInputException("empty document");
    }
    warnAboutCharset(name, decoded, diagnostics);
    HtmlPage page = HtmlExtractor.extract(decoded.text());
    page.warnings().forEach(w -> diagnostics.add(Diagnostic.warning(name + ": " + w)));
    return page;
  }

  private static void warnAboutCharset(String name, Decoded decoded, List<Diagnostic> out) {
    if (decoded.warning() != null) {
      out.add(Diagnostic.warning(name + ": " + decoded.warning()));
    }
  }

  /** The charset a {@code <meta>} tag declares, or null (also for UTF-8, the detected default). */
  private static @Nullable Charset declaredCharset(byte[] bytes, int length) {
    String head =
        new String(bytes, 0, Math.min(length, CHARSET_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      Charset declared = Charset.forName(m.group(1));
      // A page that says UTF-8 gets the UTF-8 rules, with their fallback for pages that lie.
      return declared.equals(StandardCharsets.UTF_8) ? null : declared;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // An unknown name tells us nothing; detect instead.
    }
  }
}
