package org.readout.ingest;

import java.util.Objects;

/**
 * One thing ingestion noticed about an input document. Messages name the document and the problem,
 * e.g. {@code "news/a.txt: not valid UTF-8 at byte 345"}, so they can be printed as they are.
 *
 * @param severity {@link Severity#ERROR} when the document could not be read, {@link
 *     Severity#WARNING} when it was read but something in it was ignored
 * @param message a one-line, human-readable description
 */
public record Diagnostic(Severity severity, String message) {

  /** How bad a {@link Diagnostic} is. */
  public enum Severity {
    /** The document could not be turned into an article. */
    ERROR,
    /** The article was read, but part of the input was ignored or guessed. */
    WARNING
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** An {@link Severity#ERROR} diagnostic. */
  public static Diagnostic error(String message) {
    return new Diagnostic(Severity.ERROR, message);
  }

  /** A {@link Severity#WARNING} diagnostic. */
  public static Diagnostic warning(String message) {
    return new Diagnostic(Severity.WARNING, message);
  }

  @Override
  public String toString() {
    return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
