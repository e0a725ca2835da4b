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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.school.School;

/**
 * A person who signs in. Invariants: the email is stored trimmed and lower-case and is unique; a
 * team member or dean belongs to exactly one school, staff to none; the password is kept only as a
 * PBKDF2 hash. Times are UTC.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_sign_in_at")
  private LocalDateTime lastSignInAt;

  /** Grows whenever the account's existing sessions must end (deactivation, new password). */
  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  @Version private long version;

  protected Account() {}

  /**
   * A new active account.
   *
   * @param school the account's school; required for team members and deans, null for staff
   */
  public Account(
      String email,
      String displayName,
      String passwordHash,
      Role role,
      School school,
      LocalDateTime createdAt) {
    if (role.belongsToSchool() != (school != null)) {
      throw new IllegalArgumentException(
          role + (role.belongsToSchool() ? " needs a school" : " belongs to no school"));
    }
    this.email = normalizeEmail(email);
    this.displayName = requireText(displayName, "display name");
    this.passwordHash = requireText(passwordHash, "password hash");
    this.role = role;
    this.school = school;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** The form in which emails are stored and looked up. */
  public static String normalizeEmail(String email) {
    return requireText(email, "email").trim().toLowerCase(Locale.ROOT);
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An account needs a " + what);
    }
    return value;
  }

  /** Records a failed sign-in and, per the throttle, until when further attempts are refused. */
  void recordFailedSignIn(SignInThrottle throttle, LocalDateTime now) {
    failedSignIns++;
    lockedUntil = throttle.lockedUntil(failedSignIns, now).orElse(null);
  }

  void recordSignIn(LocalDateTime now) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignInAt = now;
  }

  /** Stops or allows sign-in; deactivating ends open sessions; the history stays. */
  public void setActive(boolean active) {
    if (this.active && !active) {
      sessionEpoch++;
    }
    this.active = active;
  }

  /** Replaces the password hash, lifts any lock and ends the sessions signed in before. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = requireText(newHash, "password hash");
    this.sessionEpoch++;
    this.failedSignIns = 0;
    this.lockedUntil = null;
  }

  /** Whether sign-in attempts are refused at this moment, whatever the password. */
  public boolean isLockedAt(LocalDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  /** The account's school; empty for staff. */
  public Optional<School> getSchool() {
    return Optional.ofNullable(school);
  }

  /**
   * The generation of the account's sessions: a session signed in under another value ended when
   * the account was deactivated or its password changed.
   */
  public int getSessionEpoch() {
    return sessionEpoch;
  }

  public boolean isActive() {
    return active;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Optional<LocalDateTime> getLastSignInAt() {
    return Optional.ofNullable(lastSignInAt);
  }
}
