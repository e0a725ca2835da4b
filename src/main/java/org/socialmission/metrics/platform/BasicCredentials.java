package org.socialmission.metrics.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The user and password of an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8).
 *
 * @param user the part before the first colon, never null
 * @param password the rest, never null, may contain colons
 */
public record BasicCredentials(String user, String password) {

  private static final String SCHEME = "basic ";

  /**
   * Reads an {@code Authorization} header value.
   *
   * @return the credentials, or empty when the header is absent, of another scheme or malformed
   */
  public static Optional<BasicCredentials> parse(String header) {
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      byte[] bytes = Base64.getDecoder().decode(header.substring(SCHEME.length()).trim());
      decoded = new String(bytes, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return "BasicCredentials[user=" + user + "]";
  }
}
