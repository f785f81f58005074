package org.readout.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-order marks, UTF-16 without one, and {@code --encoding} (issue 13, "Encodings"). */
class EncodingTest {
  private static final String STORY =
      "PORTO, Portugal \u2014 The caf\u00e9 owners met on Monday.\n";

  @TempDir Path dir;

  private IngestResult readOne(String name, byte[] bytes, ReadOptions options) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    try (Stream<IngestResult> results = new ArticleReader().read(file, options)) {
      List<IngestResult> all = results.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsUtf16WithEitherByteOrderMark() throws IOException {
    // Both were refused as "binary" before.
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE));

    IngestResult a = readOne("le.txt", le, ReadOptions.defaults());
    IngestResult b = readOne("be.txt", be, ReadOptions.defaults());

    assertThat(a.article().text()).isEqualTo(STORY);
    assertThat(b.article().text()).isEqualTo(STORY);
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void readsUtf16WithoutByteOrderMarkByItsNulPatternWithAWarning() throws IOException {
    IngestResult le =
        readOne("le.txt", STORY.getBytes(StandardCharsets.UTF_16LE), ReadOptions.defaults());
    IngestResult be =
        readOne("be.txt", STORY.getBytes(StandardCharsets.UTF_16BE), ReadOptions.defaults());

    assertThat(le.article().text()).isEqualTo(STORY);
    assertThat(be.article().text()).isEqualTo(STORY);
    assertThat(le.warnings())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("read as UTF-16LE"));
  }

  @Test
  void binaryWithScatteredNulBytesIsStillRefused() throws IOException {
    byte[] bytes = "0123456789AB\0\0tail".getBytes(StandardCharsets.UTF_8);

    assertThat(readOne("image.txt", bytes, ReadOptions.defaults()).error())
        .endsWith("binary content (NUL bytes at offset 12)");
  }

  @Test
  void encodingOptionDecidesForTextWithoutAByteOrderMark() throws IOException {
    Charset greek = Charset.forName("ISO-8859-7");
    String text = "\u0391\u03b8\u03ae\u03bd\u03b1: the council met.";
    byte[] bytes = text.getBytes(greek);

    IngestResult guessed = readOne("g1.txt", bytes, ReadOptions.defaults());
    IngestResult told = readOne("g2.txt", bytes, ReadOptions.defaults().withEncoding(greek));

    assertThat(guessed.article().text()).isNotEqualTo(text); // windows-1252, with a warning
    assertThat(guessed.warnings()).isNotEmpty();
    assertThat(told.article().text()).isEqualTo(text);
    assertThat(told.diagnostics()).isEmpty();
  }

  @Test
  void htmlCharsetIsTheEncodingOptionOverTheMetaTagAndTheMetaTagOverDetection() throws IOException {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
            + "<body><p>Le caf\u00e9 a ferm\u00e9.</p></body></html>";
    byte[] cp1252 = page.getBytes(TextDecoder.WINDOWS_1252);

    IngestResult byMeta = readOne("a.html", cp1252, ReadOptions.defaults());
    IngestResult byOption =
        readOne("b.html", cp1252, ReadOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1));

    assertThat(byMeta.article().text()).isEqualTo("Le caf\u00e9 a ferm\u00e9.");
    assertThat(byMeta.diagnostics()).isEmpty();
    assertThat(byOption.article().text()).isEqualTo("Le caf\u00e9 a ferm\u00e9.");
  }

  @Test
  void htmlWithoutADeclaredCharsetFallsBackToWindows1252LikeBrowsers() throws IOException {
    String text = "\u00c0 bient\u00f4t, \u2018said\u2019 he.";
    byte[] bytes = ("<p>" + text + "</p>").getBytes(TextDecoder.WINDOWS_1252);

    IngestResult result = readOne("old.html", bytes, ReadOptions.defaults());

    assertThat(result.article().text()).isEqualTo(text);
    assertThat(result.warnings())
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("windows-1252"));
  }
}
