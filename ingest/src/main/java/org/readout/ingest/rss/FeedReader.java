package org.readout.ingest.rss;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.ingest.DocumentParser;
import org.readout.ingest.IngestResult;
import org.readout.ingest.ReadOptions;
import org.readout.ingest.SkipReason;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one {@link IngestResult} per item, in feed
 * order.
 *
 * <p>Each item: id = its link, else its guid (Atom id), else {@code file#N}; title, link as url;
 * published (else updated) date as metadata date, in UTC, since Rome keeps instants, not the feed's
 * offset; text = the first non-empty content ({@code content:encoded}, Atom {@code content}), else
 * the description or summary, with HTML reduced to text as for HTML pages. An item without text is
 * skipped ({@link SkipReason#NO_TEXT}); a feed without items is one skipped result ({@link
 * SkipReason#NO_ITEMS}).
 *
 * <p>Broken XML gives one error result naming the file and Rome's message (with line and column).
 * Rome reads a document whole, so to keep the items before the break the feed is cut after the last
 * complete item before it, closed, and parsed again: those items come first, then the error.
 * Doctypes are refused (Rome's default), so no entity in a feed reaches outside it. Stateless and
 * thread-safe.
 */
public final class FeedReader {
  private FeedReader() {}

  /**
   * Reads the feed in {@code bytes} (its encoding found by Rome from the byte-order mark and XML
   * declaration).
   *
   * @param idPrefix the id of item N without a link or guid is {@code idPrefix#N}
   * @param name the file name used in messages
   */
  public static List<IngestResult> read(
      byte[] bytes, String idPrefix, String name, ReadOptions options) {
    String xml;
    try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder(bytes.length);
      char[] chunk = new char[8192];
      for (int n; (n = reader.read(chunk)) >= 0; ) {
        sb.append(chunk, 0, n);
      }
      xml = sb.toString();
    } catch (IOException e) {
      return List.of(IngestResult.failed(idPrefix, name + ": unreadable feed: " + e.getMessage()));
    }
    try {
      return items(parse(xml), idPrefix, name, options, null);
    } catch (FeedException | RuntimeException e) {
      return recover(xml, e, idPrefix, name, options);
    }
  }

  private static SyndFeed parse(String xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    return input.build(new StringReader(xml));
  }

  /** The items before the break (when the cut feed parses), then the error naming the file. */
  private static List<IngestResult> recover(
      String xml, Exception e, String idPrefix, String name, ReadOptions options) {
    String where = "";
    int breakAt = xml.length();
    if (e instanceof ParsingFeedException p && p.getLineNumber() > 0) {
      where = " at line " + p.getLineNumber() + ", column " + p.getColumnNumber();
      breakAt = offsetOf(xml, p.getLineNumber(), p.getColumnNumber());
    }
    IngestResult error =
        IngestResult.failed(idPrefix, name + ": broken feed XML" + where + ": " + message(e) + "");
    String cut = FeedRepair.cutBefore(xml, breakAt);
    if (cut != null) {
      try {
        List<IngestResult> before = items(parse(cut), idPrefix, name, options, error);
        if (!before.isEmpty()) {
          return before;
        }
      } catch (FeedException | RuntimeException again) {
        // The cut feed is broken too: report the original error alone.
      }
    }
    return List.of(error);
  }

  private static List<IngestResult> items(
      SyndFeed feed,
      String idPrefix,
      String name,
      ReadOptions options,
      @Nullable IngestResult trailingError) {
    List<IngestResult> results = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      results.add(item(entries.get(i), i + 1, idPrefix, name, options));
    }
    if (trailingError != null) {
      results.add(trailingError);
    } else if (results.isEmpty()) {
      results.add(
          IngestResult.skipped(
              idPrefix, SkipReason.NO_ITEMS, name + ": skipped: feed without items"));
    }
    return results;
  }

  private static IngestResult item(
      SyndEntry entry, int index, String idPrefix, String name, ReadOptions options) {
    String link = blankToNull(entry.getLink());
    String id = link != null ? link : blankToNull(entry.getUri());
    if (id == null) {
      id = idPrefix + "#" + index;
    }
    SyndContent content = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        content = c;
        break;
      }
    }
    if (content == null) {
      content = entry.getDescription();
    }
    String value = content == null || content.getValue() == null ? "" : content.getValue();
    return DocumentParser.feedItem(
        id,
        name + " item " + index + " (" + id + ")",
        value,
        content == null || isHtml(content.getType()),
        blankToNull(entry.getTitle()),
        date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
        link,
        options);
  }

  /** Plain only when the feed says so ({@code text}, {@code text/plain}); RSS says nothing. */
  private static boolean isHtml(@Nullable String type) {
    if (type == null) {
      return true;
    }
    String t = type.toLowerCase(Locale.ROOT);
    return !(t.equals("text") || t.equals("text/plain"));
  }

  private static @Nullable LocalDate date(@Nullable Date date) {
    return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
  }

  private static int offsetOf(String xml, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = xml.indexOf('\n', offset);
      offset = offset < 0 ? -1 : offset + 1;
    }
    return offset < 0 ? xml.length() : Math.min(xml.length(), offset + Math.max(0, column - 1));
  }

  private static String message(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String m = cause.getMessage() != null ? cause.getMessage() : cause.toString();
    return m.replaceAll("\\s+", " ").strip();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
