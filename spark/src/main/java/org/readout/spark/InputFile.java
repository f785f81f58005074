package org.readout.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One input file of the job, read whole by one task.
 *
 * @param index the file's position in the job's sorted input list; with a record's position in the
 *     file it orders the inputs, so that of two documents with one id the later one wins, as in
 *     {@code readout ingest}
 * @param path a local path as the user gave it (document ids of text and HTML files are this path,
 *     as in {@code readout ingest}), or a Hadoop file system URI ({@code hdfs://}, {@code s3a://},
 *     {@code gs://}, {@code file:})
 */
public record InputFile(int index, String path) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A URI scheme of two or more letters: one letter is a Windows drive, not a file system. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  /** True when {@link #path()} names a file of the local file system, not a Hadoop URI. */
  public boolean local() {
    return isLocal(path);
  }

  static boolean isLocal(String path) {
    return !SCHEME.matcher(path).matches();
  }

  /** The local file {@link #path()} names; only for {@link #local()} inputs. */
  Path localPath() {
    return Path.of(path);
  }

  static String fileName(String path) {
    if (isLocal(path)) {
      Path name = Path.of(path).getFileName();
      return name == null ? path : name.toString();
    }
    String p = URI.create(path).getPath();
    return p == null || p.isEmpty() ? "input" : p.substring(p.lastIndexOf('/') + 1);
  }
}
