package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.StorableText;
import org.socialmission.metrics.platform.mail.MailSettings;
import org.socialmission.metrics.school.SchoolRepository;

/**
 * Staff manage every account; a dean manages the team members of their own school. Every new
 * account is invited by mail: a link with which its owner chooses a password ({@link
 * PasswordLinkService}). A reset sends such a link too. Only when mail is not configured ({@code
 * smm.mail.host}) does the person who made the change also get a random temporary password, shown
 * once, which the owner must replace at the next sign-in; the invitation then waits in the outbox.
 * Every change goes to the audit log.
 */
@ApplicationScoped
@Transactional
public class AccountAdminService {

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject private AccountRepository accounts;
  @Inject private SchoolRepository schools;
  @Inject private PasswordHasher hasher;
  @Inject private AuditLog audit;
  @Inject private PasswordLinkService links;
  @Inject private MailSettings mail;

  private final SecureRandom random = new SecureRandom();
  @Inject private Clock clock;

  /**
   * Adds an account to a school (or a staff account, school null) and invites its owner by mail.
   *
   * @return a temporary password, only when mail is not configured
   */
  public Optional<String> create(
      SignedInUser actor, String schoolCode, String email, String name, Role role) {
    if (mail.isConfigured()) {
      invite(actor, schoolCode, email, name, role);
      return Optional.empty();
    }
    String password = temporaryPassword();
    add(actor, schoolCode, email, name, role, hasher.hash(password));
    return Optional.of(password);
  }

  /**
   * Adds an account and invites its owner by mail, telling nobody a password: the owner chooses one
   * through the invitation link (bulk imports; pages and API when mail is configured).
   */
  public void invite(SignedInUser actor, String schoolCode, String email, String name, Role role) {
    add(actor, schoolCode, email, name, role, hasher.unknowable());
  }

  private void add(
      SignedInUser actor,
      String schoolCode,
      String email,
      String name,
      Role role,
      String passwordHash) {
    requireManager(actor, schoolCode, role);
    if (!isEmail(email)) {
      throw new ApplicationException("account.emailInvalid");
    }
    if (name == null || name.isBlank()) {
      throw new ApplicationException("account.nameRequired");
    }
    StorableText.problem(name)
        .ifPresent(
            problem -> {
              throw new ApplicationException("account.nameNotStorable", Message.of(problem));
            });
    if (accounts.findByEmail(email).isPresent()) {
      throw new ApplicationException("account.exists");
    }
    var school =
        schoolCode == null
            ? null
            : schools
                .findByCode(schoolCode)
                .orElseThrow(() -> new ApplicationException("school.unknown", schoolCode));
    var account =
        new Account(email, name.strip(), passwordHash, role, school, LocalDateTime.now(clock));
    account.requirePasswordChange();
    accounts.add(account);
    links.invite(account);
    audit.record(
        actor.email(), "account.create", Account.normalizeEmail(email), role + " of " + schoolCode);
  }

  /** Whether the text looks like an email address (something@domain.tld, no spaces). */
  public static boolean isEmail(String email) {
    return EmailAddress.isValid(email);
  }

  public void setActive(SignedInUser actor, String email, boolean active) {
    Account account = manageable(actor, email);
    account.setActive(active);
    audit.record(
        actor.email(),
        active ? "account.activate" : "account.deactivate",
        account.getEmail(),
        null);
  }

  /**
   * Sends the owner a link to choose a new password; their password works until they do. Without
   * mail configured, replaces the password by a temporary one instead, which ends their sessions.
   *
   * @return the new temporary password, only when mail is not configured
   */
  public Optional<String> resetPassword(SignedInUser actor, String email) {
    Account account = manageable(actor, email);
    if (mail.isConfigured()) {
      links.sendReset(account);
      audit.record(actor.email(), "account.send-reset-link", account.getEmail(), null);
      return Optional.empty();
    }
    String password = temporaryPassword();
    account.resetPassword(hasher.hash(password));
    audit.record(actor.email(), "account.reset-password", account.getEmail(), null);
    return Optional.of(password);
  }

  private Account manageable(SignedInUser actor, String email) {
    Account account =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> new ApplicationException("account.unknown", email));
    requireManager(
        actor, account.getSchool().map(s -> s.getCode()).orElse(null), account.getRole());
    if (account.getId() == actor.accountId()) {
      throw new ApplicationException("account.notYourOwn");
    }
    return account;
  }

  private static void requireManager(SignedInUser actor, String schoolCode, Role role) {
    if (!actor.mayManageAccount(schoolCode, role)) {
      throw new AccessDeniedException("account.managersOnly");
    }
  }

  private String temporaryPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
