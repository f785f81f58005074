package org.readout.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesTheStoreOnLoopbackUntilStopped() throws Exception {
    ServeCommand command = new ServeCommand();
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler(
        (e, c, p) -> {
          e.printStackTrace(c.getErr());
          return 1;
        });
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    Path db = dir.resolve("serve.db");
    CompletableFuture<Integer> run =
        CompletableFuture.supplyAsync(
            () -> cl.execute("--db", db.toString(), "--port", "0", "--token", "t0k"));
    URI base = awaitAddress(out, err, run);
    assertThat(base.getHost()).isEqualTo("127.0.0.1");
    assertThat(out.toString()).contains("(writes need the token)");
    assertThat(err.toString()).contains("creating an empty one").doesNotContain("warning");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("api/documents/none")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    command.stop.countDown();
    assertThat(run.get()).isEqualTo(0);
    assertThat(Files.isRegularFile(db)).isTrue();
  }

  @Test
  void aBadPortIsAUsageError() {
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cl.execute("--db", dir.resolve("x.db").toString(), "--port", "70000")).isEqualTo(2);
  }

  private static URI awaitAddress(
      StringWriter out, StringWriter err, CompletableFuture<Integer> run)
      throws InterruptedException {
    Pattern address = Pattern.compile("at (http://\\S+/)");
    for (int i = 0; i < 600; i++) {
      Matcher m = address.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      if (run.isDone()) {
        throw new AssertionError("serve ended early (" + run.join() + "): " + out + " " + err);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not start: " + out);
  }
}
