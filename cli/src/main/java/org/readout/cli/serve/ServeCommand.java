package org.readout.cli.serve;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.readout.server.ReadoutServer;
import org.readout.server.WebRoutes;
import org.readout.store.sqlite.PooledStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout serve}: the JSON API and the web reader over a store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over HTTP: the JSON API under /api/ and the web reader.",
      "Without a token the server is read-only; writes (posting documents, corrections) need",
      "'Authorization: Bearer TOKEN'. It binds to loopback unless --bind says otherwise."
    })
public final class ServeCommand implements Callable<Integer> {
  /** The environment variable read when {@code --token} is not given. */
  public static final String TOKEN_VARIABLE = "READOUT_TOKEN";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store file (default: readout.db).")
  Path db = Path.of("readout.db");

  @Option(
      names = "--port",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free one).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String bind = "127.0.0.1";

  @Option(
      names = "--token",
      paramLabel = "T",
      description = "Bearer token for writes (default: $" + TOKEN_VARIABLE + "; none: read-only).")
  @Nullable String token;

  /** Read connections: enough that a slow query does not hold up the fast ones. */
  static final int READERS = 4;

  /** Counted down to stop a running server (tests); the JVM's shutdown does it otherwise. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** The route sets mounted beside the JSON API: the one place to register the web reader. */
  static List<WebRoutes> webRoutes() {
    return List.of(new org.readout.server.web.WebReader());
  }

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cl = spec.commandLine();
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cl, "--port must be 0 to 65535: " + port);
    }
    String writeToken = token != null ? token : System.getenv(TOKEN_VARIABLE);
    if (writeToken != null && writeToken.isBlank()) {
      throw new CommandLine.ParameterException(cl, "the token is empty");
    }
    if (!ReadoutServer.isLoopback(bind)) {
      err.println(
          "readout: warning: binding "
              + bind
              + " lets other machines reach this server; writes need the token, reads do not");
    }
    if (!Files.exists(db)) {
      err.println("readout: " + db + ": no store yet; creating an empty one");
    }
    try (PooledStore store = PooledStore.open(db, READERS)) {
      ReadoutServer.Builder builder =
          ReadoutServer.builder(store)
              .host(bind)
              .port(port)
              .token(writeToken)
              .extractor(new ServeExtraction())
              .errorLog(line -> err.println("readout: server error: " + line));
      webRoutes().forEach(builder::routes);
      ReadoutServer server = builder.build();
      Thread hook = new Thread(stop::countDown, "readout-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        server.start();
        out.println(
            "readout: serving "
                + db
                + " at "
                + server.uri()
                + (writeToken == null ? " (read-only: no token)" : " (writes need the token)"));
        out.flush();
        stop.await();
      } finally {
        server.close();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // Already shutting down: the hook is running, which is how we got here.
        }
      }
    }
    return 0;
  }
}
