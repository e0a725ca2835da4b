package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.AuditLog;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.Times;
import org.socialmission.metrics.platform.mail.MailSettings;
import org.socialmission.metrics.platform.mail.Outbox;

/**
 * Links by mail with which people choose their own password: an invitation when an account is made,
 * a reset when they forgot it (or staff send one). A link is written with its mail in the
 * transaction of the change; it works once, until it expires ({@code smm.mail.invitation-validity},
 * default 7 days; {@code smm.mail.reset-validity}, default 1 hour); choosing a password ends every
 * other link of the account and its open sessions.
 */
@ApplicationScoped
@Transactional
public class PasswordLinkService {

  /** The page a link opens, relative to the public URL. */
  public static final String PAGE = "password/set.xhtml?token=";

  /** Most reset links one account gets within an hour (against mail bombing). */
  static final int RESETS_PER_HOUR = 3;

  /** Most "forgot password" requests one client address makes within an hour. */
  static final int REQUESTS_PER_HOUR = 20;

  @Inject private PasswordLinkRepository links;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Outbox outbox;
  @Inject private MailSettings mail;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "smm.mail.invitation-validity", defaultValue = "P7D")
  String invitationValidity;

  @Inject
  @ConfigProperty(name = "smm.mail.reset-validity", defaultValue = "PT1H")
  String resetValidity;

  /** Invites the owner of a new account by mail; joins the transaction that made the account. */
  @Transactional(TxType.MANDATORY)
  public void invite(Account account) {
    LocalDateTime now = LocalDateTime.now(clock);
    PasswordToken token = PasswordToken.random();
    var link =
        new PasswordLink(
            account,
            PasswordLink.Purpose.INVITATION,
            token,
            now,
            Duration.parse(invitationValidity));
    links.add(link);
    outbox.queue(
        account.getEmail(),
        Message.of("mail.invitation.subject"),
        Message.of(
            "mail.invitation.body",
            account.getDisplayName(),
            Message.of("role." + account.getRole()),
            account.getSchool().map(s -> s.getName()).orElse("—"),
            Times.dateTime(link.getExpiresAt()),
            mail.link(PAGE + token.value()),
            account.getEmail()));
  }

  /** Sends a reset link to the account; joins the caller's transaction. */
  @Transactional(TxType.MANDATORY)
  public void sendReset(Account account) {
    LocalDateTime now = LocalDateTime.now(clock);
    PasswordToken token = PasswordToken.random();
    var link =
        new PasswordLink(
            account, PasswordLink.Purpose.RESET, token, now, Duration.parse(resetValidity));
    links.add(link);
    outbox.queue(
        account.getEmail(),
        Message.of("mail.reset.subject"),
        Message.of(
            "mail.reset.body",
            account.getDisplayName(),
            account.getEmail(),
            Times.dateTime(link.getExpiresAt()),
            mail.link(PAGE + token.value())));
  }

  /**
   * A "forgot password" request: sends a reset link if the email belongs to an active account and
   * neither the account nor the client address asked too often within the hour. Says nothing about
   * which; {@link ForgotPassword} runs it apart from the request, so that not even the time of the
   * answer tells.
   */
  public void resetOnRequest(String email, String client) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime hourAgo = now.minusHours(1);
    links.recordRequest(client, now);
    if (links.requestsSince(client, hourAgo) > REQUESTS_PER_HOUR) {
      return;
    }
    Optional<Account> account = accounts.findByEmail(email).filter(Account::isActive);
    if (account.isPresent()
        && links.countSince(account.get().getId(), PasswordLink.Purpose.RESET, hourAgo)
            < RESETS_PER_HOUR) {
      sendReset(account.get());
      audit.record(client, "account.reset-requested", account.get().getEmail(), null);
    }
  }

  /** Whether the token is that of a link that can set a password now. */
  @Transactional(TxType.SUPPORTS)
  public boolean isUsable(String token) {
    return usable(token, LocalDateTime.now(clock)).isPresent();
  }

  /**
   * Sets the password chosen through a link, uses the link up, retires the account's other links
   * and ends its open sessions.
   *
   * @return the account's email, to sign in with
   * @throws ApplicationException when the link is unknown, used, expired or its account inactive,
   *     or the password breaks {@link PasswordRule}
   */
  public String choose(String token, String chosen) {
    LocalDateTime now = LocalDateTime.now(clock);
    PasswordLink link =
        usable(token, now).orElseThrow(() -> new ApplicationException("passwordLink.invalid"));
    Account account = link.getAccount();
    PasswordRule.problem(account.getEmail(), null, chosen)
        .ifPresent(
            problem -> {
              throw new ApplicationException(problem);
            });
    if (!links.useOnce(link.getId(), now)) {
      throw new ApplicationException("passwordLink.invalid");
    }
    account.changePassword(hasher.hash(chosen));
    links.retireAll(account.getId(), now);
    audit.record(
        account.getEmail(),
        link.getPurpose() == PasswordLink.Purpose.INVITATION
            ? "account.accept-invitation"
            : "account.reset-by-link",
        account.getEmail(),
        null);
    return account.getEmail();
  }

  private Optional<PasswordLink> usable(String token, LocalDateTime now) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return links
        .findByHash(PasswordToken.hash(token.strip()))
        .filter(l -> l.usableAt(now) && l.getAccount().isActive());
  }
}
