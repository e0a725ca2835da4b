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
 *
 * <p>Signing in writes nothing here but, now and then, the time of the last sign-in (see {@code
 * AccountRepository.recordSignIn}), so parallel sign-ins never collide on this versioned row;
 * failures are {@link SignInFailure}s.
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

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_sign_in_at")
  private LocalDateTime lastSignInAt;

  /** Grows whenever the account's existing sessions must end (deactivation, new password). */
  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  /** Set when someone else chose the password (new account, reset); cleared by the owner's own. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

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

  /** Stops or allows sign-in; deactivating ends open sessions; the history stays. */
  public void setActive(boolean active) {
    if (this.active && !active) {
      sessionEpoch++;
    }
    this.active = active;
  }

  /**
   * Gives the account a password someone else chose (a temporary one): its owner must change it at
   * the next sign-in, and the sessions signed in before end.
   */
  public void resetPassword(String temporaryHash) {
    this.passwordHash = requireText(temporaryHash, "password hash");
    this.mustChangePassword = true;
    this.sessionEpoch++;
  }

  /** A temporary password on a new account, to be changed at the first sign-in. */
  public void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  /** The owner's own new password; ends the other sessions signed in before. */
  void changePassword(String newHash) {
    this.passwordHash = requireText(newHash, "password hash");
    this.mustChangePassword = false;
    this.sessionEpoch++;
  }

  /** Whether the password was chosen by someone else and must be changed before anything else. */
  public boolean mustChangePassword() {
    return mustChangePassword;
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

  public Optional<LocalDateTime> getLastSignInAt() {
    return Optional.ofNullable(lastSignInAt);
  }
}
