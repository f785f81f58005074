package org.readout.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lists the inputs under a folder, following symbolic links, in sorted path order. Hidden files and
 * folders (names starting ".") and the documentation that travels with a folder of articles ({@code
 * README*}, {@code *.md}) are left out silently, by design; every other path that cannot be read as
 * a file (a broken link, a link loop, a FIFO, socket or device) is listed with its {@link
 * SkipReason}, so that the caller reports it instead of dropping it. Public for jobs that read each
 * file of a folder in its own task (the Spark job), so that they see the files {@link
 * ArticleReader} would.
 */
public final class FolderWalker {
  /** One path found: a file to read, or a path to report as skipped. */
  public record Entry(Path path, @Nullable SkipReason skip) {}

  private FolderWalker() {}

  /** Every entry under {@code root}, in sorted path order. */
  public static List<Entry> list(Path root) throws IOException {
    List<Entry> entries = new ArrayList<>();
    // FOLLOW_LINKS makes the walk report a link back to an enclosing folder as a
    // FileSystemLoopException instead of walking it forever.
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file) || isFolderDocumentation(file)) {
              return FileVisitResult.CONTINUE;
            }
            // With FOLLOW_LINKS, a link's own attributes arrive only when its target is missing.
            SkipReason skip =
                attrs.isRegularFile()
                    ? null
                    : attrs.isSymbolicLink() ? SkipReason.BROKEN_LINK : SkipReason.NOT_A_FILE;
            entries.add(new Entry(file, skip));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(file)) {
              // Anything else is listed: reading it fails again and yields its error, in order.
              entries.add(
                  new Entry(
                      file, e instanceof FileSystemLoopException ? SkipReason.LINK_LOOP : null));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  /** The message of a skipped entry, naming the path. */
  public static String message(Entry entry) {
    String target = "";
    if (entry.skip() != SkipReason.NOT_A_FILE && Files.isSymbolicLink(entry.path())) {
      try {
        target = " -> " + Files.readSymbolicLink(entry.path());
      } catch (IOException | UnsupportedOperationException e) {
        target = ""; // The reason alone still names the problem.
      }
    }
    return entry.path() + target + ": skipped: " + entry.skip().label();
  }

  private static boolean isFolderDocumentation(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith("README") || name.endsWith(".md");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
