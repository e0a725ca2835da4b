package org.socialmission.metrics.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.ModalityScore;
import org.socialmission.metrics.scoring.QualityShares;
import org.socialmission.metrics.scoring.Ratio;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * The stored scores and progress of one assessment, as of its revision {@link #getRevision()}:
 * completion per modality and overall, and each measure's score as the 16-significant-digit decimal
 * that benchmarks and the dashboard compute with ({@link MathContext#DECIMAL64} of the exact {@link
 * Ratio}). Written in the same transaction as every change of the assessment's answers or state, so
 * readers never see it behind; kept as text so that it reads back identical.
 */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore {

  /** The measure id of the overall score, as in the benchmark package. */
  public static final String OVERALL = "overall";

  @Id
  @Column(name = "assessment_id")
  private Long assessmentId;

  // Mapped so that the assessment row is written before this one in the same transaction.
  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id")
  private Assessment assessment;

  @Column(name = "scored_revision", nullable = false)
  private long revision;

  @Column(nullable = false)
  private int percent;

  @Column(name = "done_mission", nullable = false)
  private int doneMission;

  @Column(name = "done_pipeline", nullable = false)
  private int donePipeline;

  @Column(name = "done_admissions", nullable = false)
  private int doneAdmissions;

  @Column(name = "done_curriculum", nullable = false)
  private int doneCurriculum;

  @Column(name = "done_clinical", nullable = false)
  private int doneClinical;

  @Column(name = "done_debt", nullable = false)
  private int doneDebt;

  @Column(name = "done_mentoring", nullable = false)
  private int doneMentoring;

  @Column(name = "done_graduates", nullable = false)
  private int doneGraduates;

  @Column(name = "score_overall", length = 40)
  private String scoreOverall;

  @Column(name = "score_mission", length = 40)
  private String scoreMission;

  @Column(name = "score_pipeline", length = 40)
  private String scorePipeline;

  @Column(name = "score_admissions", length = 40)
  private String scoreAdmissions;

  @Column(name = "score_curriculum", length = 40)
  private String scoreCurriculum;

  @Column(name = "score_clinical", length = 40)
  private String scoreClinical;

  @Column(name = "score_debt", length = 40)
  private String scoreDebt;

  @Column(name = "score_mentoring", length = 40)
  private String scoreMentoring;

  @Column(name = "score_graduates", length = 40)
  private String scoreGraduates;

  @Column(name = "estimated_answers", nullable = false)
  private int estimatedAnswers;

  @Column(name = "estimate_percent")
  private Integer estimatePercent;

  protected AssessmentScore() {}

  AssessmentScore(Assessment assessment) {
    this.assessment = assessment;
    this.assessmentId = assessment.getId();
  }

  /**
   * Takes the figures of a score card computed at the assessment's revision, with the data-quality
   * marks of its answers (question id → mark).
   */
  void record(ScoreCard card, long atRevision, Map<String, DataQuality> marks) {
    revision = atRevision;
    estimatedAnswers = (int) marks.values().stream().filter(DataQuality.ESTIMATE::equals).count();
    estimatePercent =
        QualityShares.of(card, marks)
            .overall()
            .percent(DataQuality.ESTIMATE)
            .map(BigDecimal::intValueExact)
            .orElse(null);
    percent = percent(card.answeredRequired(), card.required());
    int[] done = card.modalities().stream().mapToInt(AssessmentScore::percent).toArray();
    doneMission = done[0];
    donePipeline = done[1];
    doneAdmissions = done[2];
    doneCurriculum = done[3];
    doneClinical = done[4];
    doneDebt = done[5];
    doneMentoring = done[6];
    doneGraduates = done[7];
    List<String> scores = card.modalities().stream().map(m -> text(m.score())).toList();
    scoreOverall = text(card.overall());
    scoreMission = scores.get(0);
    scorePipeline = scores.get(1);
    scoreAdmissions = scores.get(2);
    scoreCurriculum = scores.get(3);
    scoreClinical = scores.get(4);
    scoreDebt = scores.get(5);
    scoreMentoring = scores.get(6);
    scoreGraduates = scores.get(7);
  }

  /** Share of required visible questions answered, floored; 100 when none is required. */
  public static int percent(int answered, int required) {
    return required == 0 ? 100 : (int) Math.floor(100.0 * answered / required);
  }

  private static int percent(ModalityScore modality) {
    return percent(modality.answeredRequired(), modality.required());
  }

  private static String text(Optional<Ratio> score) {
    return score.map(r -> r.toBigDecimal(MathContext.DECIMAL64).toString()).orElse(null);
  }

  public long getRevision() {
    return revision;
  }

  public int getPercent() {
    return percent;
  }

  /** Completion per modality, in {@link Modality#IDS} order. */
  public List<Integer> getModalityPercents() {
    return List.of(
        doneMission,
        donePipeline,
        doneAdmissions,
        doneCurriculum,
        doneClinical,
        doneDebt,
        doneMentoring,
        doneGraduates);
  }

  /**
   * The defined scores by measure ({@link #OVERALL}, then modality ids), as the scorer gave them.
   */
  public Map<String, BigDecimal> getScores() {
    return scores(
        scoreOverall,
        scoreMission,
        scorePipeline,
        scoreAdmissions,
        scoreCurriculum,
        scoreClinical,
        scoreDebt,
        scoreMentoring,
        scoreGraduates);
  }

  /**
   * Scores from their stored text: the overall one, then one per modality in {@link Modality#IDS}
   * order; null (undefined) ones are left out.
   */
  static Map<String, BigDecimal> scores(String... texts) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        scores.put(i == 0 ? OVERALL : Modality.IDS.get(i - 1), new BigDecimal(texts[i]));
      }
    }
    return scores;
  }
}
