package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A password link works once, until it expires, and keeps only a hash of its secret. */
class PasswordLinkTest {

  private static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 30, 9, 0);
  private static final Account OWNER =
      new Account("owner@x.org", "Owner", "hash", Role.STAFF, null, SENT);

  private static PasswordLink link(PasswordToken token) {
    return new PasswordLink(OWNER, PasswordLink.Purpose.RESET, token, SENT, Duration.ofHours(1));
  }

  @Test
  void aLinkWorksUntilItExpiresAndNotAtTheMomentItDoes() {
    PasswordLink link = link(PasswordToken.random());
    assertTrue(link.usableAt(SENT));
    assertTrue(link.usableAt(SENT.plusMinutes(59)));
    assertFalse(link.usableAt(SENT.plusHours(1)), "expired on the hour");
    assertFalse(link.usableAt(SENT.plusDays(3)));
    assertEquals(SENT.plusHours(1), link.getExpiresAt());
  }

  @Test
  void aLinkWorksOnceOnly() {
    PasswordLink link = link(PasswordToken.random());
    link.use(SENT.plusMinutes(5));
    assertTrue(link.isUsed());
    assertFalse(link.usableAt(SENT.plusMinutes(6)), "used up");
    assertThrows(IllegalStateException.class, () -> link.use(SENT.plusMinutes(7)));
  }

  @Test
  void anExpiredLinkCannotBeUsed() {
    PasswordLink link = link(PasswordToken.random());
    assertThrows(IllegalStateException.class, () -> link.use(SENT.plusHours(2)));
    assertFalse(link.isUsed());
  }

  @Test
  void aLinkNeedsAValidity() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PasswordLink(
                OWNER,
                PasswordLink.Purpose.INVITATION,
                PasswordToken.random(),
                SENT,
                Duration.ZERO));
  }

  @Test
  void tokensAreLongRandomAndUrlSafeAndOnlyTheirHashIsKept() {
    PasswordToken one = PasswordToken.random();
    PasswordToken two = PasswordToken.random();
    assertNotEquals(one, two);
    assertEquals(43, one.value().length(), "256 bits in base64url");
    assertTrue(one.value().matches("[A-Za-z0-9_-]+"), one.value());
    assertEquals(64, one.hash().length());
    assertTrue(one.hash().matches("[0-9a-f]+"));
    assertFalse(one.hash().contains(one.value()));
    assertEquals(one.hash(), PasswordToken.hash(one.value()), "a clicked link finds its row");
    assertNotEquals(one.hash(), two.hash());
  }
}
