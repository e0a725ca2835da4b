package org.socialmission.metrics.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A link that lets the owner of an account choose a password: an invitation for a new account, or a
 * reset. Invariants: only the hash of its token is stored; it works until it expires and only once
 * ({@link #usableAt}); a used link stays used. Times are UTC.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

  /** Why the link was sent. */
  public enum Purpose {
    /** A new account: its owner chooses a first password. */
    INVITATION,
    /** The owner forgot the password, or staff sent a reset. */
    RESET
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
  @SequenceGenerator(
      name = "password_link_seq",
      sequenceName = "password_link_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  protected PasswordLink() {}

  /** A new link for the token, valid for {@code validity} from {@code now}. */
  public PasswordLink(
      Account account, Purpose purpose, PasswordToken token, LocalDateTime now, Duration validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("A link must be valid for a while: " + validity);
    }
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = token.hash();
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(validity);
  }

  /** Whether the link can still set a password at {@code now}: not used, not expired. */
  public boolean usableAt(LocalDateTime now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Marks the link used; refuses a link that is not {@link #usableAt} the moment. */
  public void use(LocalDateTime now) {
    if (!usableAt(now)) {
      throw new IllegalStateException("Link " + id + " is used or expired");
    }
    usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public boolean isUsed() {
    return usedAt != null;
  }
}
