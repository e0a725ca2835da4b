package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.school.School;

/**
 * Checks sign-in attempts and creates accounts. A failed attempt never says why (unknown email,
 * wrong password, inactive or locked account all look the same to the caller).
 */
@ApplicationScoped
public class AccountService {

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;

  @Inject private Clock clock;

  /**
   * The account whose email and password these are, if it may sign in now. Counts failures and
   * locks the account per {@link SignInThrottle#DEFAULT}.
   */
  @Transactional
  public Optional<Account> authenticate(String email, String password) {
    if (email == null || email.isBlank() || password == null) {
      return Optional.empty();
    }
    Optional<Account> found = accounts.findByEmail(email);
    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      return Optional.empty();
    }
    Account account = found.get();
    LocalDateTime now = LocalDateTime.now(clock);
    if (!account.isActive() || account.isLockedAt(now)) {
      return Optional.empty();
    }
    if (!hasher.matches(password, account.getPasswordHash())) {
      account.recordFailedSignIn(SignInThrottle.DEFAULT, now);
      return Optional.empty();
    }
    account.recordSignIn(now);
    return Optional.of(account);
  }

  /** What a session keeps of a sign-in that just succeeded with this email. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SessionGrant> grantFor(String email) {
    return accounts
        .findByEmail(email)
        .map(a -> new SessionGrant(a.getEmail(), a.getSessionEpoch()));
  }

  /**
   * The user a session stands for, while the account is active and its sessions have not been ended
   * since the grant (deactivation, new password).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SignedInUser> sessionUser(SessionGrant grant) {
    return accounts
        .findByEmail(grant.email())
        .filter(a -> a.isActive() && a.getSessionEpoch() == grant.epoch())
        .map(SignedInUser::of);
  }

  /** Creates an active account; {@code school} is null for staff. */
  @Transactional
  public Account create(String email, String name, String password, Role role, School school) {
    var account =
        new Account(email, name, hasher.hash(password), role, school, LocalDateTime.now(clock));
    accounts.add(account);
    return account;
  }

  /** The people of one school, deans first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TeamMember> team(String schoolCode) {
    return accounts.findBySchool(schoolCode).stream().map(TeamMember::of).toList();
  }
}
