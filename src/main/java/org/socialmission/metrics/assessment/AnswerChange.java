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

/**
 * One kept change of one answer: who, when, old → new value and {@link Provenance}. Never updated
 * or deleted.
 */
@Entity
@Table(name = "answer_change")
public class AnswerChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_change_seq")
  @SequenceGenerator(
      name = "answer_change_seq",
      sequenceName = "answer_change_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @Column(name = "question_id", nullable = false, length = 100)
  private String questionId;

  @Column(name = "old_value", length = AnswerCodec.MAX_TEXT)
  private String oldValue;

  @Column(name = "old_not_applicable", nullable = false)
  private boolean oldNotApplicable;

  @Column(name = "new_value", length = AnswerCodec.MAX_TEXT)
  private String newValue;

  @Column(name = "new_not_applicable", nullable = false)
  private boolean newNotApplicable;

  @Column(name = "old_quality", length = 16)
  private String oldQuality;

  @Column(name = "old_evidence", length = 3100)
  private String oldEvidence;

  @Column(name = "new_quality", length = 16)
  private String newQuality;

  @Column(name = "new_evidence", length = 3100)
  private String newEvidence;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "changed_by", nullable = false)
  private Account changedBy;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  protected AnswerChange() {}

  AnswerChange(
      Assessment assessment,
      String questionId,
      StoredAnswer before,
      String value,
      boolean notApplicable,
      Account by,
      LocalDateTime at) {
    this(assessment, questionId, before, value, notApplicable, null, by, at);
  }

  /**
   * @param provenance the new mark and evidence; null when they stay as they were
   */
  AnswerChange(
      Assessment assessment,
      String questionId,
      StoredAnswer before,
      String value,
      boolean notApplicable,
      Provenance provenance,
      Account by,
      LocalDateTime at) {
    Provenance old = before.isNew() ? Provenance.NONE : before.getProvenance();
    Provenance now = provenance == null ? old : provenance;
    this.oldQuality = old.storedQuality();
    this.oldEvidence = old.storedEvidence();
    this.newQuality = now.storedQuality();
    this.newEvidence = now.storedEvidence();
    this.assessment = assessment;
    this.questionId = questionId;
    this.oldValue = before.isNew() ? null : before.getValue();
    this.oldNotApplicable = !before.isNew() && before.isNotApplicable();
    this.newValue = notApplicable ? null : value;
    this.newNotApplicable = notApplicable;
    this.changedBy = by;
    this.changedAt = at;
  }

  public String getQuestionId() {
    return questionId;
  }

  public String getOldValue() {
    return oldValue;
  }

  public boolean isOldNotApplicable() {
    return oldNotApplicable;
  }

  public String getNewValue() {
    return newValue;
  }

  public boolean isNewNotApplicable() {
    return newNotApplicable;
  }

  public Provenance getOldProvenance() {
    return Provenance.stored(oldQuality, oldEvidence);
  }

  public Provenance getNewProvenance() {
    return Provenance.stored(newQuality, newEvidence);
  }

  public Account getChangedBy() {
    return changedBy;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }
}
