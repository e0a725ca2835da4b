package org.socialmission.metrics.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One failed sign-in: which email was tried, from which client address, when. Inserted once and
 * never updated, so failures arriving in parallel all count and never collide; the throttle counts
 * them. The email is kept as typed (normalized), whether or not an account has it.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

  /** Longest email kept; longer ones are cut (no account has them). */
  static final int MAX_EMAIL = 254;

  /** Longest client address kept (an IPv6 literal has at most 45 characters). */
  static final int MAX_CLIENT = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_failure_seq")
  @SequenceGenerator(
      name = "sign_in_failure_seq",
      sequenceName = "sign_in_failure_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = MAX_EMAIL)
  private String email;

  @Column(nullable = false, length = MAX_CLIENT)
  private String client;

  @Column(name = "failed_at", nullable = false)
  private LocalDateTime failedAt;

  protected SignInFailure() {}

  SignInFailure(String email, String client, LocalDateTime failedAt) {
    this.email = key(email);
    this.client = clientKey(client);
    this.failedAt = Objects.requireNonNull(failedAt);
  }

  /** The form in which a typed email is counted: as accounts store it, cut to the column. */
  static String key(String email) {
    String normalized = Account.normalizeEmail(email);
    return normalized.length() > MAX_EMAIL ? normalized.substring(0, MAX_EMAIL) : normalized;
  }

  /** The form in which a client address is counted, cut to the column. */
  static String clientKey(String client) {
    return client.length() > MAX_CLIENT ? client.substring(0, MAX_CLIENT) : client;
  }
}
