package org.socialmission.metrics.account;

import static org.socialmission.metrics.account.SignInThrottle.PER_ACCOUNT_AND_CLIENT;
import static org.socialmission.metrics.account.SignInThrottle.PER_CLIENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import org.socialmission.metrics.platform.AuditLog;

/**
 * What {@link SignInService} writes, each in a short transaction of its own: a failure is one
 * inserted row (and an audit entry when it starts a lock); a success forgets that client's failures
 * and, at most once a minute, records the time on the account without touching its version.
 */
@ApplicationScoped
@Transactional
public class SignInBookkeeping {

  /** How rarely the time of the last sign-in is written (the API signs in on every request). */
  private static final long SIGN_IN_TIME_MINUTES = 1;

  /** Longest audit target. */
  private static final int TARGET = 200;

  @Inject private AccountRepository accounts;
  @Inject private SignInFailureRepository failures;
  @Inject private AuditLog audit;

  public void succeeded(Account account, String client, FailureCount before, LocalDateTime now) {
    if (before.count() > 0) {
      failures.forget(account.getEmail(), client);
    }
    accounts.recordSignIn(account.getId(), now, now.minusMinutes(SIGN_IN_TIME_MINUTES));
  }

  public void failed(
      String email,
      String client,
      FailureCount pairBefore,
      FailureCount clientBefore,
      LocalDateTime now) {
    var failure = new SignInFailure(email, client, now);
    failures.add(failure);
    if (PER_ACCOUNT_AND_CLIENT.locksAfterOneMore(pairBefore)) {
      audit.record(
          client,
          "sign-in.lock",
          cut(SignInFailure.key(email)),
          (pairBefore.count() + 1)
              + " failed sign-ins in a row from this address; its attempts on this account are"
              + " refused for a while (2 s, doubling up to 15 min). Others still sign in.");
    }
    if (PER_CLIENT.locksAfterOneMore(clientBefore)) {
      audit.record(
          client,
          "sign-in.client-lock",
          "*",
          (clientBefore.count() + 1)
              + " failed sign-ins from this address within an hour, on any account; its attempts"
              + " are refused for a while (2 s, doubling up to 15 min).");
    }
  }

  public SessionGrant changePassword(SignedInUser user, String newHash) {
    Account account = accounts.get(user.accountId());
    account.changePassword(newHash);
    audit.record(user.email(), "account.change-password", account.getEmail(), null);
    return new SessionGrant(account.getEmail(), account.getSessionEpoch());
  }

  private static String cut(String text) {
    return text.length() > TARGET ? text.substring(0, TARGET) : text;
  }
}
