package org.socialmission.metrics.report.runtime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * One school of a {@link BenchmarkRelease}, as it was when the release was published: attributes,
 * questionnaire version, exact scores and its shown answers (JSON, see {@link ReleasedAnswers}).
 * Written once, never updated.
 */
@Entity
@Table(name = "benchmark_release_school")
@IdClass(ReleasedSchool.Key.class)
public class ReleasedSchool {

  /** The composite key: release and school code. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long releaseId;
    private String schoolCode;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.releaseId == releaseId
          && Objects.equals(key.schoolCode, schoolCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(releaseId, schoolCode);
    }
  }

  @Id
  @Column(name = "release_id")
  private long releaseId;

  @Id
  @Column(name = "school_code", length = 16)
  private String schoolCode;

  @Column(name = "discipline_code", nullable = false, length = 32)
  private String discipline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Ownership ownership;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Region region;

  @Column(nullable = false)
  private int enrollment;

  @Column(name = "questionnaire_id", nullable = false, length = 64)
  private String questionnaireId;

  @Column(name = "questionnaire_version", nullable = false)
  private int questionnaireVersion;

  @Column(name = "score_overall", precision = 24, scale = 18)
  private BigDecimal overall;

  @Column(name = "score_mission", precision = 24, scale = 18)
  private BigDecimal mission;

  @Column(name = "score_pipeline", precision = 24, scale = 18)
  private BigDecimal pipeline;

  @Column(name = "score_admissions", precision = 24, scale = 18)
  private BigDecimal admissions;

  @Column(name = "score_curriculum", precision = 24, scale = 18)
  private BigDecimal curriculum;

  @Column(name = "score_clinical", precision = 24, scale = 18)
  private BigDecimal clinical;

  @Column(name = "score_debt", precision = 24, scale = 18)
  private BigDecimal debt;

  @Column(name = "score_mentoring", precision = 24, scale = 18)
  private BigDecimal mentoring;

  @Column(name = "score_graduates", precision = 24, scale = 18)
  private BigDecimal graduates;

  @Column(nullable = false, length = 20000)
  private String answers;

  protected ReleasedSchool() {}

  ReleasedSchool(
      long releaseId, SchoolEntry school, QuestionnaireKey questionnaire, String answers) {
    this.releaseId = releaseId;
    this.schoolCode = school.code();
    this.discipline = school.discipline();
    this.ownership = school.ownership();
    this.region = school.region();
    this.enrollment = school.enrollment();
    this.questionnaireId = questionnaire.id();
    this.questionnaireVersion = questionnaire.version();
    Scores scores = school.scores();
    this.overall = scores.of(Scores.OVERALL).orElse(null);
    this.mission = scores.of("mission").orElse(null);
    this.pipeline = scores.of("pipeline").orElse(null);
    this.admissions = scores.of("admissions").orElse(null);
    this.curriculum = scores.of("curriculum").orElse(null);
    this.clinical = scores.of("clinical").orElse(null);
    this.debt = scores.of("debt").orElse(null);
    this.mentoring = scores.of("mentoring").orElse(null);
    this.graduates = scores.of("graduates").orElse(null);
    this.answers = answers;
  }

  /** The school as benchmarking needs it. */
  SchoolEntry entry() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    put(scores, Scores.OVERALL, overall);
    put(scores, "mission", mission);
    put(scores, "pipeline", pipeline);
    put(scores, "admissions", admissions);
    put(scores, "curriculum", curriculum);
    put(scores, "clinical", clinical);
    put(scores, "debt", debt);
    put(scores, "mentoring", mentoring);
    put(scores, "graduates", graduates);
    return new SchoolEntry(
        schoolCode, discipline, ownership, region, enrollment, new Scores(scores));
  }

  private static void put(Map<String, BigDecimal> scores, String measure, BigDecimal value) {
    if (value != null) {
      scores.put(measure, value);
    }
  }

  QuestionnaireKey questionnaire() {
    return new QuestionnaireKey(questionnaireId, questionnaireVersion);
  }

  String answers() {
    return answers;
  }
}
