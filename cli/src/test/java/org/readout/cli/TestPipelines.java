package org.readout.cli;

/** One standard {@link Readout} per test JVM: loading CoreNLP takes seconds, so tests share it. */
public final class TestPipelines {
  private static Readout readout;

  private TestPipelines() {}

  public static synchronized Readout standard() {
    if (readout == null) {
      readout = Readout.load();
    }
    return readout;
  }
}
