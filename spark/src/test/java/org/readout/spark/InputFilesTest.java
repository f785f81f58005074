package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void pathsWithoutASchemeOfTwoLettersAreLocal() {
    assertThat(InputFile.isLocal("samples/a.txt")).isTrue();
    assertThat(InputFile.isLocal("/data/cc-news/2025/01")).isTrue();
    assertThat(InputFile.isLocal("C:/news/a.txt")).isTrue();
    assertThat(InputFile.isLocal("a:b.txt")).isTrue();
    assertThat(InputFile.isLocal("s3a://commoncrawl/crawl-data/CC-NEWS/")).isFalse();
    assertThat(InputFile.isLocal("hdfs://nn:8020/news")).isFalse();
    assertThat(InputFile.isLocal("file:/tmp/news")).isFalse();
    assertThat(InputFile.fileName("s3a://cc/CC-NEWS/2025/01/x.warc.gz")).isEqualTo("x.warc.gz");
  }

  @Test
  void hadoopFoldersLeaveOutWhatFolderReadingLeavesOut() {
    assertThat(InputFiles.leftOut("/2025/01/CC-NEWS-1.warc.gz")).isFalse();
    assertThat(InputFiles.leftOut("/_SUCCESS")).isTrue();
    assertThat(InputFiles.leftOut("/.staging/a.warc.gz")).isTrue();
    assertThat(InputFiles.leftOut("/README.txt")).isTrue();
    assertThat(InputFiles.leftOut("/notes.md")).isTrue();
  }

  @Test
  void localFoldersAreListedInSortedOrderAndIndexedAcrossInputs() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("news"));
    Files.writeString(folder.resolve("b.txt"), "b");
    Files.writeString(folder.resolve("a.txt"), "a");
    Files.writeString(folder.resolve("README"), "docs");
    Path single = Files.writeString(dir.resolve("c.jsonl"), "{}");
    List<InputFile> files =
        InputFiles.list(
            List.of(folder.toString(), single.toString(), dir.resolve("gone.txt").toString()),
            new Configuration(false),
            new PrintWriter(new StringWriter()));
    assertThat(files)
        .containsExactly(
            new InputFile(0, folder.resolve("a.txt").toString()),
            new InputFile(1, folder.resolve("b.txt").toString()),
            new InputFile(2, single.toString()),
            new InputFile(3, dir.resolve("gone.txt").toString()));
  }

  @Test
  void inputOrderIsFileThenRecord() {
    assertThat(TaggedRow.order(1, 0)).isGreaterThan(TaggedRow.order(0, 5_000_000));
    assertThat(TaggedRow.order(0, 2)).isGreaterThan(TaggedRow.order(0, 1));
  }
}
