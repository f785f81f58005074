package org.readout.story;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.readout.core.model.Article;

/** The outlet of an article: the one its input names, else its URL's host without {@code www.}. */
public final class Outlets {
  private Outlets() {}

  /** The article's outlet, or null when neither a name nor a URL is known. */
  public static @Nullable String of(Article a) {
    return a.outlet() != null ? a.outlet() : host(a.url());
  }

  /** The host a URL names, lower case, without a leading {@code www.}; null for no URL. */
  public static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null; // Not a URL: the document simply has no known outlet.
    }
  }
}
