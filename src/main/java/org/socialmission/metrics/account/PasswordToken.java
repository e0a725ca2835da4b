package org.socialmission.metrics.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a password link: 256 random bits, URL-safe. Only its SHA-256 hash is stored, so
 * whoever reads the database cannot use a link; the token itself exists only in the mail.
 */
public record PasswordToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new random token. */
  public static PasswordToken random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new PasswordToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The hash under which a link with this token is stored and found (64 hex digits). */
  public String hash() {
    return hash(value);
  }

  /** The hash of a token as typed or clicked; any text, never null. */
  public static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
