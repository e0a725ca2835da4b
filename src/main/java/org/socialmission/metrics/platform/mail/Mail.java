package org.socialmission.metrics.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail of the outbox. Invariants: a new mail is {@code PENDING} and due at once; a mail is
 * {@code SENDING} while one instance holds its claim, {@code SENT} once the SMTP server took it
 * (its body is then dropped: it may carry a password link), {@code FAILED} when the server refused
 * the recipient for good. Times are UTC.
 */
@Entity
@Table(name = "mail")
public class Mail {

  /** Where a mail is on its way. */
  public enum State {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }

  /** Longest subject the table holds. */
  static final int MAX_SUBJECT = 300;

  /** Longest body the table holds. */
  static final int MAX_BODY = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
  @SequenceGenerator(name = "mail_seq", sequenceName = "mail_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(length = MAX_BODY)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private State state = State.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "claimed_at")
  private LocalDateTime claimedAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected Mail() {}

  /** A pending mail, due at once. */
  Mail(String recipient, String subject, String body, LocalDateTime now) {
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = cut(Objects.requireNonNull(subject), MAX_SUBJECT);
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("A mail body of " + body.length() + " characters");
    }
    this.body = body;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  /** The text; empty once delivered. */
  public Optional<String> getBody() {
    return Optional.ofNullable(body);
  }

  public State getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<LocalDateTime> getSentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }
}
