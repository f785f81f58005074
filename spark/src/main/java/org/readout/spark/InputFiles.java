package org.readout.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.readout.ingest.FolderWalker;

/**
 * Expands the job's inputs, on the driver, into the files its tasks read: a file is itself, a
 * folder is every file under it in sorted path order. Local folders are listed by {@link
 * FolderWalker}, as {@code readout ingest} lists them; folders on a Hadoop file system leave out
 * the same names (hidden files, {@code README*}, {@code *.md}) and Hadoop's own ({@code _SUCCESS},
 * names starting {@code _}).
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * The files, indexed in input order. Paths that are no readable file (a broken link in a folder)
   * are reported on {@code err} and left out, as {@code readout ingest} skips them.
   */
  static List<InputFile> list(List<String> inputs, Configuration conf, PrintWriter err)
      throws IOException {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      if (InputFile.isLocal(input)) {
        local(input, files, err);
      } else {
        remote(input, conf, files);
      }
    }
    List<InputFile> indexed = new ArrayList<>(files.size());
    for (String f : files) {
      indexed.add(new InputFile(indexed.size(), f));
    }
    return indexed;
  }

  private static void local(String input, List<String> files, PrintWriter err) throws IOException {
    Path path = Path.of(input);
    if (!Files.isDirectory(path)) {
      files.add(input); // A missing file is the task's error row, as in readout ingest.
      return;
    }
    for (FolderWalker.Entry e : FolderWalker.list(path)) {
      if (e.skip() == null) {
        files.add(e.path().toString());
      } else {
        err.println("readout: " + FolderWalker.message(e));
      }
    }
  }

  private static void remote(String input, Configuration conf, List<String> files)
      throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus status = fs.getFileStatus(path);
    if (!status.isDirectory()) {
      files.add(input);
      return;
    }
    List<String> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> listed = fs.listFiles(path, true);
    String root = status.getPath().toString();
    while (listed.hasNext()) {
      org.apache.hadoop.fs.Path p = listed.next().getPath();
      if (!leftOut(p.toString().substring(root.length()))) {
        found.add(p.toString());
      }
    }
    found.sort(null);
    files.addAll(found);
  }

  /** True for a path under a folder that a reader of the folder leaves out. */
  static boolean leftOut(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    return name.startsWith("README") || name.endsWith(".md");
  }
}
