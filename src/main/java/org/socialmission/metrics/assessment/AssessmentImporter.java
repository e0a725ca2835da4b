package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.runtime.UsedVersionRepository;
import org.socialmission.metrics.school.School;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/**
 * Stores complete, submitted assessments in one go, with their scores: the demo peers (a
 * transaction per school) and imports of earlier data (any number in the caller's transaction, at a
 * cost that grows with the number of rows alone: no query between rows, and what was written is
 * flushed and forgotten every {@value #FLUSH_EVERY} assessments).
 */
@ApplicationScoped
public class AssessmentImporter {

  /** Assessments written between two flushes of an import. */
  static final int FLUSH_EVERY = 100;

  @Inject private AssessmentRepository assessments;
  @Inject private UsedVersionRepository usedVersions;
  @Inject private ScoreKeeper scores;

  /**
   * A school's submitted assessment of a cycle to store.
   *
   * @param answers by question id, each checked against its question
   */
  public record Submission(
      long schoolId, int cycle, Questionnaire questionnaire, Map<String, Answer> answers) {

    /** Requires every part. */
    public Submission {
      Objects.requireNonNull(questionnaire, "questionnaire");
      Objects.requireNonNull(answers, "answers");
    }
  }

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
    usedVersions.recordUse(questionnaire);
    store(new Submission(schoolId, cycle, questionnaire, answers), importerId, at);
    scores.submittedChanged(cycle);
  }

  /**
   * Adds every submission as a school's submitted assessment within the caller's transaction
   * (imports), all or nothing with it.
   *
   * @param written told how many are written so far, after every flush
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void importSubmittedHere(
      List<Submission> submissions, long importerId, LocalDateTime at, IntConsumer written) {
    submissions.stream().map(Submission::questionnaire).distinct().forEach(usedVersions::recordUse);
    int done = 0;
    for (Submission submission : submissions) {
      store(submission, importerId, at);
      if (++done % FLUSH_EVERY == 0) {
        assessments.flushAndClear();
        written.accept(done);
      }
    }
    submissions.stream().map(Submission::cycle).distinct().forEach(scores::submittedChanged);
    written.accept(done);
  }

  /**
   * For each school code of {@code answersBySchool} that has an assessment of the cycle: whether it
   * is submitted and holds exactly these answers. Codes without one are absent.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Boolean> holding(int cycle, Map<String, Map<String, Answer>> answersBySchool) {
    Map<String, Map.Entry<Long, Boolean>> existing = assessments.statesOfCycle(cycle);
    existing.keySet().retainAll(answersBySchool.keySet());
    Map<Long, Map<String, String>> stored =
        assessments.answerTexts(existing.values().stream().map(Map.Entry::getKey).toList());
    Map<String, Boolean> holding = new HashMap<>();
    existing.forEach(
        (code, assessment) -> {
          Map<String, String> wanted = new HashMap<>();
          answersBySchool.get(code).forEach((q, answer) -> wanted.put(q, format(answer)));
          Map<String, String> has = stored.getOrDefault(assessment.getKey(), Map.of());
          holding.put(code, assessment.getValue() && has.equals(wanted));
        });
    return holding;
  }

  private static String format(Answer answer) {
    return answer instanceof Answer.NotApplicable ? null : AnswerCodec.format(answer);
  }

  private void store(Submission submission, long importerId, LocalDateTime at) {
    School school = assessments.reference(School.class, submission.schoolId());
    Account importer = assessments.reference(Account.class, importerId);
    var assessment = new Assessment(school, submission.cycle(), submission.questionnaire(), at);
    assessments.add(assessment);
    List<StoredAnswer> rows = new ArrayList<>(submission.answers().size());
    submission
        .answers()
        .forEach(
            (questionId, answer) -> {
              var stored = new StoredAnswer(assessment, questionId);
              stored.change(
                  AnswerCodec.format(answer), answer instanceof Answer.NotApplicable, importer, at);
              rows.add(stored);
            });
    rows.forEach(assessments::add);
    assessment.changed(at);
    assessment.submit(importer, at);
    scores.recordNew(
        assessment, QuestionnaireScorer.score(submission.questionnaire(), submission.answers()));
  }
}
