package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password hashing with the PBKDF2 of Soteria, the Jakarta Security implementation Payara ships.
 * Each hash costs tens of milliseconds by design, so the tests share one. How long a verification
 * takes (the decoy) is deliberately not timed here.
 */
class PasswordHasherTest {

  private static final String PASSWORD = "correct horse battery staple";

  private static PasswordHasher hasher;
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
    stored = hasher.hash(PASSWORD);
  }

  @Test
  void theHashVerifiesItsPassword() {
    assertTrue(hasher.matches(PASSWORD, stored));
  }

  @Test
  void anotherPasswordFails() {
    assertFalse(hasher.matches(PASSWORD + " ", stored));
  }

  @Test
  void theStoredFormNeverHoldsThePassword() {
    assertFalse(stored.contains(PASSWORD));
  }

  @Test
  void twoHashesOfOnePasswordDifferByTheirSaltAndBothVerify() {
    String again = hasher.hash(PASSWORD);
    assertNotEquals(stored, again);
    assertTrue(hasher.matches(PASSWORD, again));
  }

  @Test
  void theStoredFormNamesAlgorithmAndIterations() {
    assertTrue(
        stored.startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"), stored);
  }

  @Test
  void aHashMadeWithFewerIterationsStillVerifies() {
    var older = new Pbkdf2PasswordHashImpl();
    older.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "2048"));
    String olderHash = older.generate(PASSWORD.toCharArray());
    assertTrue(hasher.matches(PASSWORD, olderHash), "raising the iteration count keeps old hashes");
    assertFalse(hasher.matches("guess", olderHash));
  }

  @Test
  void theDecoyVerificationTakesAnyPassword() {
    hasher.verifyDecoy(PASSWORD);
    hasher.verifyDecoy("");
  }
}
