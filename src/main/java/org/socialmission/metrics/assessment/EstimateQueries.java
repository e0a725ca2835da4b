package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.QualityShares;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Which schools of a cycle lean on estimates: for every assessment with an answer marked {@code
 * estimate}, the share of its points resting on such answers. Reads only; callers enforce access
 * (staff only: it names schools).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EstimateQueries {

  @Inject private AssessmentRepository assessments;
  @Inject private AssessmentQueries queries;

  /** The schools of the cycle with an answer marked estimate, in no particular order. */
  public List<SchoolEstimates> ofCycle(int cycle) {
    Map<Assessment, List<StoredAnswer>> byAssessment =
        assessments.answersOfAssessmentsWithEstimates(cycle).stream()
            .collect(
                Collectors.groupingBy(
                    StoredAnswer::getAssessment, LinkedHashMap::new, Collectors.toList()));
    return byAssessment.entrySet().stream().map(e -> estimates(e.getKey(), e.getValue())).toList();
  }

  private SchoolEstimates estimates(Assessment assessment, List<StoredAnswer> stored) {
    Questionnaire questionnaire = queries.questionnaire(assessment.getQuestionnaire());
    Map<String, AnswerView> views = StoredAnswers.byQuestion(stored);
    ScoreCard card =
        QuestionnaireScorer.score(questionnaire, StoredAnswers.toAnswers(questionnaire, views));
    Map<String, DataQuality> marks = new LinkedHashMap<>();
    views.values().forEach(v -> v.provenance().mark().ifPresent(m -> marks.put(v.questionId(), m)));
    QualityShares.Row overall = QualityShares.of(card, marks).overall();
    var school = assessment.getSchool();
    return new SchoolEstimates(
        school.getCode(),
        school.getName(),
        school.getDiscipline().getCode(),
        assessment.getState(),
        overall.points(),
        overall.pointsMarked(DataQuality.ESTIMATE),
        (int) marks.values().stream().filter(m -> m == DataQuality.ESTIMATE).count());
  }
}
