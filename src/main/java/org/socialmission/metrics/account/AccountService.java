package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.socialmission.metrics.school.School;

/**
 * Creates accounts with passwords their owners know (demo data, the first administrator) and lists
 * a school's team. Signing in is {@link SignInService}'s; accounts made by someone else for someone
 * else are {@link AccountAdminService}'s.
 */
@ApplicationScoped
public class AccountService {

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;

  @Inject private Clock clock;

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
