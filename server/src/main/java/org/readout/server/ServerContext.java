package org.readout.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.readout.core.actor.ActorDictionaryLoader;
import org.readout.server.api.ApiException;
import org.readout.store.ActorFilters;
import org.readout.store.ArticleStore;

/**
 * What route sets share: the store, the extractor, the JSON mapper, the request body cap and the
 * write token check. Thread-safe.
 *
 * <p>Design decision: a class with accessors rather than a record, so the server can hand route
 * sets more (the corrections) without breaking their code.
 */
public final class ServerContext {
  private final ArticleStore store;
  private final DocumentExtractor extractor;
  private final @Nullable String token;
  private final long maxBodyBytes;
  private final ObjectMapper json = new ObjectMapper();

  ServerContext(
      ArticleStore store, DocumentExtractor extractor, @Nullable String token, long maxBodyBytes) {
    this.store = store;
    this.extractor = extractor;
    this.token = token;
    this.maxBodyBytes = maxBodyBytes;
  }

  public ArticleStore store() {
    return store;
  }

  public DocumentExtractor extractor() {
    return extractor;
  }

  public ObjectMapper json() {
    return json;
  }

  /** The bundled dictionary, loaded once per process on first use; it never changes. */
  private static final class Dictionary {
    static final ActorFilters FILTERS = new ActorFilters(ActorDictionaryLoader.loadBundled());
  }

  /** Reads actor filters ({@code Putin}, {@code CHN}, {@code CN}) as the command line does. */
  public ActorFilters actorFilters() {
    return Dictionary.FILTERS;
  }

  /** The largest request body accepted, in bytes; a larger one is a 413. */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Whether a write token is configured (without one the server is read-only). */
  public boolean writable() {
    return token != null;
  }

  /**
   * Throws unless the request may write: 403 when no token is configured (read-only server), 401
   * when the {@code Authorization: Bearer} token is missing or wrong.
   *
   * @return the token's label for audit fields ({@code token})
   */
  public String requireWriter(Context ctx) {
    if (token == null) {
      throw new ApiException(403, null, "this server is read-only (started without a token)");
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, null, "writes need an Authorization: Bearer token");
    }
    byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
    // Constant time, so the token cannot be guessed byte by byte from response times.
    if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(401, null, "the bearer token is wrong");
    }
    return "token";
  }
}
