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
import org.readout.ingest.html.HtmlExtractor;
import org.readout.ingest.html.HtmlPage;

/**
 * Turns one whole document (plain text or HTML bytes, or decoded JSONL fields) into an {@link
 * IngestResult}.
 */
final class DocumentParser {
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  /** Where HTML must declare its encoding (the HTML standard says within the first 1024 bytes). */
  private static final int CHARSET_SCAN_BYTES = 1024;

  private DocumentParser() {}

  /** A plain-text document: strict UTF-8, dateline date, headline line as the title. */
  static IngestResult text(String id, String name, byte[] bytes, int length, ReadOptions options) {
    String text;
    try {
      text = TextDecoder.decodeUtf8(bytes, 0, length);
    } catch (BadInputException e) {
      return IngestResult.failed(id, name + ": " + e.getMessage());
    }
    return article(id, name, text, null, null, null, new ArrayList<>(), options, true);
  }

  /** An HTML page: main text, metadata date, title and URL by {@link HtmlExtractor}. */
  static IngestResult html(String id, String name, byte[] bytes, int length, ReadOptions options) {
    String html;
    try {
      html = decodeHtml(bytes, length);
    } catch (BadInputException e) {
      return IngestResult.failed(id, name + ": " + e.getMessage());
    }
    if (html.isBlank()) {
      return IngestResult.failed(id, name + ": empty document");
    }
    HtmlPage page = HtmlExtractor.extract(html);
    if (page.text().isEmpty()) {
      return IngestResult.failed(id, name + ": HTML has no text");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    page.warnings().forEach(w -> diagnostics.add(Diagnostic.warning(name + ": " + w)));
    return article(
        id, name, page.text(), page.title(), page.date(), page.url(), diagnostics, options, false);
  }

  /**
   * The article for already-decoded text, with the document date chosen by precedence: the metadata
   * date, else the dateline (a dateline without a year takes it from {@link
   * ReadOptions#defaultDate()}; without that, the time stage infers it), else {@link
   * ReadOptions#defaultDate()}, else none.
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
    } else if (dateline != null && dateline.monthDay() != null && options.defaultDate() != null) {
      // "LONDON, June 11 (Reuters) -": the dateline gives the day, the given date the year.
      date = dateline.dateNear(options.defaultDate());
      source = DateSource.DATELINE;
    } else if (options.defaultDate() != null) {
      date = options.defaultDate();
      source = DateSource.GIVEN;
    }
    return new IngestResult(
        id, new Article(id, resolvedTitle, text, date, source, url), diagnostics);
  }

  /**
   * Strict UTF-8, unless the page declares another charset in a {@code <meta>} tag: then that
   * charset, since older news sites still serve windows-1252 or Shift_JIS pages. Unmappable bytes
   * in a declared charset become U+FFFD rather than failing the page.
   */
  private static String decodeHtml(byte[] bytes, int length) throws BadInputException {
    TextDecoder.rejectNul(bytes, 0, length);
    Charset declared = declaredCharset(bytes, length);
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      return TextDecoder.decodeUtf8(bytes, 0, length);
    }
    return TextDecoder.normalizeNewlines(new String(bytes, 0, length, declared));
  }

  private static @Nullable Charset declaredCharset(byte[] bytes, int length) {
    String head =
        new String(bytes, 0, Math.min(length, CHARSET_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // An unknown name tells us nothing; fall back to UTF-8, which most pages use
      // anyway.
    }
  }
}
