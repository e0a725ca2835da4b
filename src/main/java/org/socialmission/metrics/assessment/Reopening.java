package org.socialmission.metrics.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.platform.StorableText;

/** A dean reopened a submitted assessment; the reason is kept for good. */
@Entity
@Table(name = "reopening")
public class Reopening {

  /** Longest reason, in characters. */
  public static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reopening_seq")
  @SequenceGenerator(name = "reopening_seq", sequenceName = "reopening_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @Column(nullable = false, length = MAX_REASON)
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reopened_by", nullable = false)
  private Account reopenedBy;

  @Column(name = "reopened_at", nullable = false)
  private LocalDateTime reopenedAt;

  protected Reopening() {}

  Reopening(Assessment assessment, String reason, Account by, LocalDateTime at) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidAnswerException(null, "assessment.reopenReasonRequired");
    }
    if (reason.length() > MAX_REASON) {
      throw new InvalidAnswerException(null, "assessment.reopenReasonTooLong", MAX_REASON);
    }
    StorableText.problem(reason)
        .ifPresent(
            problem -> {
              throw new InvalidAnswerException(null, problem);
            });
    this.assessment = assessment;
    this.reason = reason.strip();
    this.reopenedBy = by;
    this.reopenedAt = at;
  }

  public String getReason() {
    return reason;
  }

  public Account getReopenedBy() {
    return reopenedBy;
  }

  public LocalDateTime getReopenedAt() {
    return reopenedAt;
  }
}
