package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2 (HMAC-SHA-256, random salt). The
 * stored form names algorithm, iterations and salt, so raising the iteration count later keeps old
 * hashes verifiable.
 *
 * <p>The container injects its {@link Pbkdf2PasswordHash}; a unit test passes any implementation to
 * the constructor.
 */
@ApplicationScoped
public class PasswordHasher {

  /** Iterations per hash: about 50 ms here, paid on every sign-in and every Basic API request. */
  static final int ITERATIONS = 100_000;

  private final Pbkdf2PasswordHash pbkdf2;

  /** A hash of no account's password, verified against when an email is unknown. */
  private final String decoy;

  /** A hash of a random password forgotten at once. */
  private final String unknowable;

  /** Configures the PBKDF2 implementation, which must be this hasher's own instance. */
  @Inject
  public PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    this.pbkdf2 = pbkdf2;
    this.decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    this.unknowable = pbkdf2.generate(PasswordToken.random().value().toCharArray());
  }

  /** For the container's client proxy only. */
  protected PasswordHasher() {
    this.pbkdf2 = null;
    this.decoy = null;
    this.unknowable = null;
  }

  /**
   * The hash of a random password that nobody ever saw, for accounts whose owners choose their
   * password through an invitation link: no sign-in matches it, and it costs no hashing per account
   * (a bulk import adds hundreds).
   */
  public String unknowable() {
    return unknowable;
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends the time of one verification where there is no hash to verify against (an unknown email,
   * an inactive account, a throttled attempt), so response times do not tell them apart.
   *
   * @return false, always: no password matches the decoy
   */
  public boolean verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
    return false;
  }
}
