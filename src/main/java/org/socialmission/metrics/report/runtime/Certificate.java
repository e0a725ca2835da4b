package org.socialmission.metrics.report.runtime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A certificate of participation: one per submission of an assessment, with the facts it certifies
 * as they were when issued and its verification code. Written once, never changed; a reopened
 * assessment's certificate stays readable but says that it no longer stands ({@link
 * CertificateService#verify}).
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  @Id
  @Column(length = 32)
  private String code;

  @Column(name = "assessment_id", nullable = false)
  private long assessmentId;

  @Column(name = "school_code", nullable = false, length = 16)
  private String schoolCode;

  @Column(name = "school_name", nullable = false, length = 200)
  private String schoolName;

  @Column(name = "discipline_name", nullable = false, length = 100)
  private String disciplineName;

  @Column(nullable = false)
  private int cycle;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  @Column(name = "issued_by", nullable = false)
  private long issuedBy;

  protected Certificate() {}

  Certificate(
      String code,
      long assessmentId,
      String schoolCode,
      String schoolName,
      String disciplineName,
      int cycle,
      LocalDateTime submittedAt,
      LocalDateTime issuedAt,
      long issuedBy) {
    this.code = code;
    this.assessmentId = assessmentId;
    this.schoolCode = schoolCode;
    this.schoolName = schoolName;
    this.disciplineName = disciplineName;
    this.cycle = cycle;
    this.submittedAt = submittedAt;
    this.issuedAt = issuedAt;
    this.issuedBy = issuedBy;
  }

  public String getCode() {
    return code;
  }

  long getAssessmentId() {
    return assessmentId;
  }

  public String getSchoolCode() {
    return schoolCode;
  }

  public String getSchoolName() {
    return schoolName;
  }

  public String getDisciplineName() {
    return disciplineName;
  }

  public int getCycle() {
    return cycle;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }
}
