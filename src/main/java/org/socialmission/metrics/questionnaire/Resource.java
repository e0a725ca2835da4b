package org.socialmission.metrics.questionnaire;

import java.net.URI;
import java.util.Objects;

/**
 * A public resource a guidance file names for a modality or a question: a title and an {@code
 * https} link. The loader guarantees a non-empty title and an absolute {@code https} URL with a
 * host, so pages may render it as a link as it is.
 */
public record Resource(String title, URI url) {

  /** Requires a title and an https URL with a host. */
  public Resource {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    if (title.isBlank() || !"https".equals(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException("a resource needs a title and an https URL: " + url);
    }
  }
}
