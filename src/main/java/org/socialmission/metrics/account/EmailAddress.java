package org.socialmission.metrics.account;

import java.util.regex.Pattern;
import org.socialmission.metrics.platform.StorableText;

/** What the application takes for an email address: something@domain.tld, no spaces. */
public final class EmailAddress {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Longest address an account holds. */
  public static final int MAX_LENGTH = 254;

  private EmailAddress() {}

  /** Whether the text looks like an email address that an account can hold. */
  public static boolean isValid(String email) {
    return email != null
        && email.strip().length() <= MAX_LENGTH
        && EMAIL.matcher(email.strip()).matches()
        && StorableText.problem(email).isEmpty();
  }
}
