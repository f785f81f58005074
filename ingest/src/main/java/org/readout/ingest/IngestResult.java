package org.readout.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;

/**
 * What reading one input document produced: the article, or null when the document could not be
 * read or was skipped, and everything worth reporting about it. Ingestion never throws on bad data;
 * it returns one of these instead.
 *
 * <p>There are three outcomes: read ({@link #ok()}: an article, perhaps with warnings), failed
 * ({@link #error()} non-null: no article, at least one {@link Diagnostic.Severity#ERROR}), and
 * skipped ({@link #skipReason()} non-null: no article, no error, a warning saying why). A skipped
 * input is no article by design (a listing page, a FIFO in a folder) and is not a failure.
 *
 * @param id the document's identifier: the path as given, {@code -} for standard input, a JSONL
 *     {@code id} (or {@code file:line}), a feed item's link, a WARC record's target URI
 * @param article the article, or null exactly when {@code diagnostics} holds an {@link
 *     Diagnostic.Severity#ERROR} or {@code skipReason} is set
 * @param diagnostics errors and warnings, in the order they were found
 * @param skipReason why the input was skipped, or null when it was read or failed
 */
public record IngestResult(
    String id,
    @Nullable Article article,
    List<Diagnostic> diagnostics,
    @Nullable SkipReason skipReason) {

  public IngestResult {
    Objects.requireNonNull(id, "id");
    diagnostics = List.copyOf(diagnostics);
    boolean hasError =
        diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    if (skipReason != null && (article != null || hasError)) {
      throw new IllegalArgumentException(
          "a skipped IngestResult has neither article nor error: " + id + " " + diagnostics);
    }
    if (skipReason == null && (article == null) != hasError) {
      throw new IllegalArgumentException(
          "an IngestResult has an article exactly when it has no error: " + id + " " + diagnostics);
    }
  }

  /** A read or failed result (not skipped). */
  public IngestResult(String id, @Nullable Article article, List<Diagnostic> diagnostics) {
    this(id, article, diagnostics, null);
  }

  /** A result for a document that could not be read; {@code message} names the document. */
  public static IngestResult failed(String id, String message) {
    return new IngestResult(id, null, List.of(Diagnostic.error(message)));
  }

  /**
   * A result for an input skipped for {@code reason}; {@code message} names the input and becomes
   * the result's warning.
   */
  public static IngestResult skipped(String id, SkipReason reason, String message) {
    return new IngestResult(id, null, List.of(Diagnostic.warning(message)), reason);
  }

  /** A copy with {@code diagnostic} added before the others (for a note about the whole input). */
  public IngestResult withFirst(Diagnostic diagnostic) {
    List<Diagnostic> all = new ArrayList<>(diagnostics.size() + 1);
    all.add(diagnostic);
    all.addAll(diagnostics);
    return new IngestResult(id, article, all, skipReason);
  }

  /** True when an article was read (possibly with warnings). */
  public boolean ok() {
    return article != null;
  }

  /** True when the input was skipped as no article; {@link #skipReason()} says why. */
  public boolean skipped() {
    return skipReason != null;
  }

  /** The first {@link Diagnostic.Severity#ERROR} message, or null when the document was read. */
  public @Nullable String error() {
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        return d.message();
      }
    }
    return null;
  }

  /** The {@link Diagnostic.Severity#WARNING}s, in order. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
  }
}
