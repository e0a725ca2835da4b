package org.socialmission.metrics.account;

import java.util.Locale;
import java.util.Optional;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.StorableText;

/**
 * What a password people choose for themselves must be: at least {@value #MIN_LENGTH} characters
 * (length is what makes a password hard to guess; no rules about digits or symbols), not the
 * account's email, not the password it replaces, and at most {@value #MAX_LENGTH} characters (every
 * sign-in hashes it).
 */
public final class PasswordRule {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private PasswordRule() {}

  /** Why this new password is refused; empty when it is fine. */
  public static Optional<Message> problem(String email, String current, String chosen) {
    if (chosen == null || chosen.codePointCount(0, chosen.length()) < MIN_LENGTH) {
      return Optional.of(Message.of("password.tooShort", MIN_LENGTH));
    }
    if (chosen.length() > MAX_LENGTH) {
      return Optional.of(Message.of("password.tooLong", MAX_LENGTH));
    }
    if (StorableText.problem(chosen).isPresent()) {
      return Optional.of(Message.of("password.brokenCharacter"));
    }
    if (email != null
        && chosen.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(Message.of("password.isEmail"));
    }
    if (chosen.equals(current)) {
      return Optional.of(Message.of("password.unchanged"));
    }
    return Optional.empty();
  }
}
