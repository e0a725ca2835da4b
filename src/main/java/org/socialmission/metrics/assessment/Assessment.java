package org.socialmission.metrics.assessment;

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
import java.time.LocalDateTime;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.school.School;

/**
 * One school's self-assessment in one cycle, on one questionnaire version. Invariants: one per
 * school and cycle; answers change only while not submitted; {@code revision} grows with every
 * change and is the version clients see as ETag (rows are locked while changed, so no change is
 * lost between two writers).
 */
@Entity
@Table(name = "assessment")
public class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id", nullable = false)
  private School school;

  @Column(nullable = false)
  private int cycle;

  @Column(name = "questionnaire_id", nullable = false, length = 64)
  private String questionnaireId;

  @Column(name = "questionnaire_version", nullable = false)
  private int questionnaireVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AssessmentState state = AssessmentState.NOT_STARTED;

  @Column(nullable = false)
  private long revision;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by")
  private Account submittedBy;

  protected Assessment() {}

  public Assessment(School school, int cycle, Questionnaire questionnaire, LocalDateTime now) {
    this.school = school;
    this.cycle = cycle;
    this.questionnaireId = questionnaire.id();
    this.questionnaireVersion = questionnaire.version();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Records that answers changed: starts the assessment and moves the revision on. */
  void changed(LocalDateTime now) {
    requireEditable();
    if (state == AssessmentState.NOT_STARTED) {
      state = AssessmentState.IN_PROGRESS;
    }
    revision++;
    updatedAt = now;
  }

  void requireEditable() {
    if (state == AssessmentState.SUBMITTED) {
      throw new AssessmentLockedException("assessment.submittedLocked");
    }
  }

  void submit(Account dean, LocalDateTime now) {
    requireEditable();
    state = AssessmentState.SUBMITTED;
    submittedAt = now;
    submittedBy = dean;
    revision++;
    updatedAt = now;
  }

  void reopen(LocalDateTime now) {
    if (state != AssessmentState.SUBMITTED) {
      throw new AssessmentLockedException("assessment.reopenNotSubmitted");
    }
    state = AssessmentState.IN_PROGRESS;
    submittedAt = null;
    submittedBy = null;
    revision++;
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public int getCycle() {
    return cycle;
  }

  public QuestionnaireKey getQuestionnaire() {
    return new QuestionnaireKey(questionnaireId, questionnaireVersion);
  }

  public AssessmentState getState() {
    return state;
  }

  public long getRevision() {
    return revision;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public Account getSubmittedBy() {
    return submittedBy;
  }
}
