package org.socialmission.metrics.account;

import static org.socialmission.metrics.account.SignInThrottle.PER_ACCOUNT_AND_CLIENT;
import static org.socialmission.metrics.account.SignInThrottle.PER_CLIENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.StorableText;

/**
 * Signs people in and lets them change their own password. A refused attempt never says why
 * (unknown email, wrong password, inactive account, throttled: all look the same to the caller).
 *
 * <p>Every attempt spends exactly one password hash verification, whatever the outcome: against the
 * account's hash, or against a decoy when there is no usable account or the throttle refuses.
 * Response times therefore tell neither whether an email has an account nor whether it is locked.
 *
 * <p>Reading and hashing run outside any transaction (no connection is held while hashing); only
 * the bookkeeping afterwards writes, through {@link SignInBookkeeping}: an inserted row per
 * failure, and on success no versioned row at all, so parallel sign-ins of one account never
 * conflict.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignInService {

  @Inject private AccountRepository accounts;
  @Inject private SignInFailureRepository failures;
  @Inject private SignInBookkeeping books;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  /**
   * The sign-in of this email and password from this client address, if it may sign in now. Counts
   * a failure against both {@link SignInThrottle}s unless they refused the attempt anyway.
   */
  public Optional<SignIn> authenticate(String email, String password, String client) {
    if (email == null || email.isBlank() || password == null) {
      return Optional.empty();
    }
    if (StorableText.problem(email).isPresent()) {
      // No account has such an email, and no column could count it.
      hasher.verifyDecoy(password);
      return Optional.empty();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    FailureCount pair = failures.of(email, client, PER_ACCOUNT_AND_CLIENT.countsSince(now));
    FailureCount fromClient = failures.ofClient(client, PER_CLIENT.countsSince(now));
    boolean throttled =
        PER_ACCOUNT_AND_CLIENT.refuses(pair, now) || PER_CLIENT.refuses(fromClient, now);
    Optional<Account> account = accounts.findByEmail(email).filter(a -> a.isActive() && !throttled);
    boolean matches =
        account.isPresent()
            ? hasher.matches(password, account.get().getPasswordHash())
            : hasher.verifyDecoy(password);
    if (account.isPresent() && matches) {
      books.succeeded(account.get(), client, pair, now);
      return Optional.of(SignIn.of(account.get()));
    }
    if (!throttled) {
      books.failed(email, client, pair, fromClient, now);
    }
    return Optional.empty();
  }

  /**
   * The sign-in a session stands for, while the account is active and its sessions have not been
   * ended since the grant (deactivation, new password).
   */
  public Optional<SignIn> resume(SessionGrant grant) {
    return accounts
        .activeSignIn(grant.email())
        .filter(signIn -> signIn.grant().epoch() == grant.epoch());
  }

  /**
   * Replaces the signed-in user's password with one of their own choice, ending their other
   * sessions. A wrong current password counts as a failed sign-in from this client.
   *
   * @return what the session that made the change keeps from now on
   * @throws ApplicationException when the current password is wrong or the new one breaks {@link
   *     PasswordRule}
   */
  public SessionGrant changePassword(
      SignedInUser user, String currentPassword, String newPassword, String client) {
    if (currentPassword == null || authenticate(user.email(), currentPassword, client).isEmpty()) {
      throw new ApplicationException("password.currentWrong");
    }
    PasswordRule.problem(user.email(), currentPassword, newPassword)
        .ifPresent(
            problem -> {
              throw new ApplicationException(problem);
            });
    return books.changePassword(user, hasher.hash(newPassword));
  }
}
