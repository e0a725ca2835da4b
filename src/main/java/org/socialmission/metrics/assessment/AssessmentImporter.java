package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.runtime.UsedVersionRepository;
import org.socialmission.metrics.school.School;
import org.socialmission.metrics.scoring.Answer;

/**
 * Stores a complete, submitted assessment in one go: the demo peers, and later imports of earlier
 * data. Each call is its own transaction, so a large import keeps a small persistence context.
 */
@ApplicationScoped
public class AssessmentImporter {

  @Inject private AssessmentRepository assessments;
  @Inject private UsedVersionRepository usedVersions;

  /**
   * Adds the school's submitted assessment of the cycle in a transaction of its own (demo data).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void importSubmitted(
      long schoolId,
      int cycle,
      Questionnaire questionnaire,
      Map<String, Answer> answers,
      long importerId,
      LocalDateTime at) {
    store(schoolId, cycle, questionnaire, answers, importerId, at);
  }

  /**
   * Adds the school's submitted assessment of the cycle within the caller's transaction (imports).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void importSubmittedHere(
      long schoolId,
      int cycle,
      Questionnaire questionnaire,
      Map<String, Answer> answers,
      long importerId,
      LocalDateTime at) {
    store(schoolId, cycle, questionnaire, answers, importerId, at);
  }

  /**
   * Whether the school has an assessment of the cycle, and if so whether it holds exactly these
   * answers.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Boolean> holds(String schoolCode, int cycle, Map<String, Answer> answers) {
    return assessments
        .find(schoolCode, cycle)
        .map(
            a -> {
              Map<String, String> stored = new HashMap<>();
              assessments
                  .answers(a)
                  .forEach(
                      s ->
                          stored.put(s.getQuestionId(), s.isNotApplicable() ? null : s.getValue()));
              Map<String, String> wanted = new HashMap<>();
              answers.forEach((q, answer) -> wanted.put(q, AnswerCodec.format(answer)));
              return a.getState() == AssessmentState.SUBMITTED && stored.equals(wanted);
            });
  }

  private void store(
      long schoolId,
      int cycle,
      Questionnaire questionnaire,
      Map<String, Answer> answers,
      long importerId,
      LocalDateTime at) {
    School school = assessments.reference(School.class, schoolId);
    Account importer = assessments.reference(Account.class, importerId);
    usedVersions.recordUse(questionnaire);
    var assessment = new Assessment(school, cycle, questionnaire, at);
    assessments.add(assessment);
    answers.forEach(
        (questionId, answer) -> {
          var stored = new StoredAnswer(assessment, questionId);
          stored.change(
              AnswerCodec.format(answer), answer instanceof Answer.NotApplicable, importer, at);
          assessments.add(stored);
        });
    assessment.changed(at);
    assessment.submit(importer, at);
  }
}
