package org.readout.core.actor;

/**
 * Bad data in an actor dictionary file. The message starts with {@code file:line: } (line 0 when
 * the file as a whole is at fault, such as a missing file), so a curator can jump to the line.
 *
 * <p>Design decision: unchecked, like {@link IllegalArgumentException}: the bundled files are
 * checked by tests, so a caller of {@link ActorDictionaryLoader#loadBundled()} has nothing to
 * recover from; a tool that loads user files can still catch it and report {@link #file()} and
 * {@link #line()}.
 */
public final class DictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public DictionaryException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
    this.file = file;
    this.line = line;
  }

  /** The file name, such as {@code people.tsv}. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 for the whole file. */
  public int line() {
    return line;
  }
}
