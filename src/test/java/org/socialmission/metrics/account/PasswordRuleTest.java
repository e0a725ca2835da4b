package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.platform.Message;

/** What a password people choose for themselves must be, and what they are told otherwise. */
class PasswordRuleTest {

  private static final String EMAIL = "ana@med.example.edu";

  private static Optional<String> problem(String current, String chosen) {
    return PasswordRule.problem(EMAIL, current, chosen).map(Message::key);
  }

  @Test
  void twelveCharactersOfAnyKindAreEnough() {
    assertEquals(Optional.empty(), problem("old-password", "river stone k"));
    assertEquals(Optional.empty(), problem("old-password", "aaaaaaaaaaaa"));
  }

  @Test
  void shorterOnesAreRefusedCountingCharactersNotCodeUnits() {
    assertEquals(Optional.of("password.tooShort"), problem("old", "eleven-char"));
    assertEquals(Optional.of("password.tooShort"), problem("old", "😀😀😀😀😀😀"));
    assertEquals(Optional.of("password.tooShort"), problem("old", null));
  }

  @Test
  void theEmailInAnyLetterCaseIsRefused() {
    assertEquals(Optional.of("password.isEmail"), problem("old", " Ana@Med.Example.EDU"));
  }

  @Test
  void theCurrentPasswordIsRefused() {
    assertEquals(
        Optional.of("password.unchanged"), problem("same-old-password", "same-old-password"));
  }

  @Test
  void overlongAndUnstorableOnesAreRefused() {
    assertEquals(Optional.of("password.tooLong"), problem("old", "x".repeat(201)));
    assertEquals(Optional.of("password.brokenCharacter"), problem("old", "twelve chars\u0000"));
    assertEquals(Optional.of("password.brokenCharacter"), problem("old", "twelve chars\ud800"));
  }
}
