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
 * The current answer to one question of an assessment, in {@link AnswerCodec}'s text form, with its
 * {@link Provenance} (data-quality mark and evidence) and who last changed it. {@code revision}
 * counts its changes, so a writer can tell whether someone else changed it since they read it. An
 * answer carried over from the school's previous cycle remembers that cycle until someone confirms
 * or changes it.
 */
@Entity
@Table(name = "answer")
public class StoredAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
  @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @Column(name = "question_id", nullable = false, length = 100)
  private String questionId;

  @Column(name = "answer_value", length = AnswerCodec.MAX_TEXT)
  private String value;

  @Column(name = "not_applicable", nullable = false)
  private boolean notApplicable;

  @Column(nullable = false)
  private int revision;

  @Column(length = 16)
  private String quality;

  @Column(length = 3100)
  private String evidence;

  @Column(name = "carried_from_cycle")
  private Integer carriedFromCycle;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "updated_by", nullable = false)
  private Account updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected StoredAnswer() {}

  StoredAnswer(Assessment assessment, String questionId) {
    this.assessment = assessment;
    this.questionId = questionId;
  }

  void change(String newValue, boolean newNotApplicable, Account by, LocalDateTime now) {
    change(newValue, newNotApplicable, null, by, now);
  }

  /**
   * @param newProvenance the new mark and evidence; null keeps them as they are
   */
  void change(
      String newValue,
      boolean newNotApplicable,
      Provenance newProvenance,
      Account by,
      LocalDateTime now) {
    this.value = newNotApplicable ? null : newValue;
    this.notApplicable = newNotApplicable;
    if (newProvenance != null) {
      this.quality = newProvenance.storedQuality();
      this.evidence = newProvenance.storedEvidence();
    }
    this.carriedFromCycle = null;
    this.updatedBy = by;
    this.updatedAt = now;
    this.revision++;
  }

  /**
   * Takes the answer of an earlier cycle, marked as carried until someone confirms it.
   *
   * @param provenance the earlier answer's mark and evidence; null for none
   */
  void carry(
      String newValue,
      boolean newNotApplicable,
      Provenance provenance,
      int fromCycle,
      Account by,
      LocalDateTime now) {
    change(newValue, newNotApplicable, provenance, by, now);
    this.carriedFromCycle = fromCycle;
  }

  /** Confirms a carried answer as it is: no longer marked as carried. */
  void confirm(Account by, LocalDateTime now) {
    this.carriedFromCycle = null;
    this.updatedBy = by;
    this.updatedAt = now;
    this.revision++;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public String getQuestionId() {
    return questionId;
  }

  public String getValue() {
    return value;
  }

  public boolean isNotApplicable() {
    return notApplicable;
  }

  /** The school's mark and evidence for this answer. */
  public Provenance getProvenance() {
    return Provenance.stored(quality, evidence);
  }

  public int getRevision() {
    return revision;
  }

  /** The cycle this answer was carried over from, while nobody confirmed it; else null. */
  public Integer getCarriedFromCycle() {
    return carriedFromCycle;
  }

  public Account getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public boolean isNew() {
    return id == null;
  }
}
