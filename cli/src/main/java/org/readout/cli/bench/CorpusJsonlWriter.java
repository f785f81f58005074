package org.readout.cli.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.readout.core.model.Article;

/**
 * Writes articles as JSON Lines, one {@code {"id","text","date","title","url","source"}} object per
 * line (the format {@code readout extract} and the ingest readers take), until the articles run out
 * or the next line would pass a byte budget. Lines are UTF-8 and end in {@code \n}.
 */
public final class CorpusJsonlWriter {
  /** What was written. */
  public record Written(long articles, long bytes) {}

  // The generator must not close the line buffer it writes to; the caller reuses it.
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private CorpusJsonlWriter() {}

  /** Writes every article to {@code file}, replacing it. */
  public static Written write(Iterator<SyntheticArticle> articles, Path file) throws IOException {
    return write(articles, file, Long.MAX_VALUE);
  }

  /**
   * Writes articles to {@code file}, replacing it, while the file stays within {@code maxBytes}:
   * for a 10 GB input, {@code write(new SyntheticCorpus(seed, Long.MAX_VALUE).iterator(), file,
   * 10_000_000_000L)}.
   */
  public static Written write(Iterator<SyntheticArticle> articles, Path file, long maxBytes)
      throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      return write(articles, out, maxBytes);
    }
  }

  /** As {@link #write(Iterator, Path, long)}, to a stream the caller closes. */
  public static Written write(Iterator<SyntheticArticle> articles, OutputStream out, long maxBytes)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    long count = 0;
    long bytes = 0;
    while (articles.hasNext()) {
      line.reset();
      line(articles.next().article(), line);
      if (bytes + line.size() > maxBytes) {
        break;
      }
      line.writeTo(out);
      bytes += line.size();
      count++;
    }
    out.flush();
    return new Written(count, bytes);
  }

  /** One article's line, with its newline. */
  static void line(Article a, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("text", a.text());
      if (a.date() != null) {
        g.writeStringField("date", a.date().toString());
      }
      if (a.title() != null) {
        g.writeStringField("title", a.title());
      }
      if (a.url() != null) {
        g.writeStringField("url", a.url());
      }
      if (a.outlet() != null) {
        g.writeStringField("source", a.outlet());
      }
      g.writeEndObject();
    }
    out.write('\n');
  }
}
