package org.socialmission.metrics.account;

/**
 * A sign-in that succeeded, or a session that still stands: who it is, what a browser session keeps
 * of it, and whether the password must be changed before anything else.
 */
public record SignIn(SignedInUser user, SessionGrant grant, boolean mustChangePassword) {

  static SignIn of(Account account) {
    return new SignIn(
        SignedInUser.of(account),
        new SessionGrant(account.getEmail(), account.getSessionEpoch()),
        account.mustChangePassword());
  }
}
