package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.platform.StorableText;

/** Stores assessments with their answers, history, owners, reopenings and visits. */
@ApplicationScoped
public class AssessmentRepository {

  @PersistenceContext private EntityManager em;

  /** The school's assessment of the cycle; none for a code no column can hold (a NUL). */
  public Optional<Assessment> find(String schoolCode, int cycle) {
    if (StorableText.problem(schoolCode).isPresent()) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM Assessment a JOIN FETCH a.school WHERE a.school.code = :code AND a.cycle"
                + " = :cycle",
            Assessment.class)
        .setParameter("code", schoolCode)
        .setParameter("cycle", cycle)
        .getResultStream()
        .findFirst();
  }

  /**
   * The school's latest submitted assessment of a cycle before this one, on this questionnaire (in
   * any of its versions).
   */
  public Optional<Assessment> latestSubmittedBefore(
      String schoolCode, int cycle, String questionnaireId) {
    return em.createQuery(
            "SELECT a FROM Assessment a WHERE a.school.code = :code AND a.cycle < :cycle AND"
                + " a.state = :state AND a.questionnaireId = :questionnaire ORDER BY a.cycle DESC",
            Assessment.class)
        .setParameter("code", schoolCode)
        .setParameter("cycle", cycle)
        .setParameter("state", AssessmentState.SUBMITTED)
        .setParameter("questionnaire", questionnaireId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The assessment, locked until the transaction ends, so concurrent writers queue up. */
  public Assessment lock(Assessment assessment) {
    em.lock(assessment, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(assessment);
    return assessment;
  }

  /** An entity of this transaction by id, without loading it. */
  public <T> T reference(Class<T> type, Object id) {
    return em.getReference(type, id);
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  /**
   * Writes what this transaction changed so far and forgets it: bulk writers call this every few
   * hundred rows, so that each later flush checks only what changed since, not everything written.
   */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }

  /**
   * The submitted assessments of a cycle, without loading them: id, school code, discipline code,
   * ownership, region, enrollment, questionnaire id and version, by school code.
   */
  public List<Object[]> submittedHeads(int cycle) {
    return em.createQuery(
            "SELECT a.id, s.code, s.discipline.code, s.ownership, s.region, s.enrollment,"
                + " a.questionnaireId, a.questionnaireVersion FROM Assessment a JOIN a.school s"
                + " WHERE a.cycle = :c AND a.state = :state ORDER BY s.code",
            Object[].class)
        .setParameter("c", cycle)
        .setParameter("state", AssessmentState.SUBMITTED)
        .getResultList();
  }

  /**
   * The stored answers of these assessments as readers see their values (text form, not
   * applicable), by assessment id and question id, without loading them as entities.
   */
  public Map<Long, Map<String, AnswerView>> answerViews(List<Long> assessmentIds) {
    Map<Long, Map<String, AnswerView>> views = new HashMap<>();
    em.createQuery(
            "SELECT s.assessment.id, s.questionId, s.value, s.notApplicable FROM StoredAnswer s"
                + " WHERE s.assessment.id IN :ids",
            Object[].class)
        .setParameter("ids", assessmentIds)
        .getResultList()
        .forEach(
            r ->
                views
                    .computeIfAbsent(((Number) r[0]).longValue(), id -> new HashMap<>())
                    .put(
                        (String) r[1],
                        new AnswerView(
                            (String) r[1],
                            (String) r[2],
                            Boolean.TRUE.equals(r[3]),
                            0,
                            null,
                            null)));
    return views;
  }

  /** The cycle's assessments by school code: id and whether submitted, without loading them. */
  public Map<String, Map.Entry<Long, Boolean>> statesOfCycle(int cycle) {
    Map<String, Map.Entry<Long, Boolean>> states = new HashMap<>();
    em.createQuery(
            "SELECT s.code, a.id, a.state FROM Assessment a JOIN a.school s WHERE a.cycle = :c",
            Object[].class)
        .setParameter("c", cycle)
        .getResultList()
        .forEach(
            r ->
                states.put(
                    (String) r[0],
                    Map.entry(((Number) r[1]).longValue(), r[2] == AssessmentState.SUBMITTED)));
    return states;
  }

  /**
   * The stored answers of these assessments in text form (null when not applicable), by assessment
   * id and question id, without loading them as entities.
   */
  public Map<Long, Map<String, String>> answerTexts(List<Long> assessmentIds) {
    Map<Long, Map<String, String>> texts = new HashMap<>();
    for (int from = 0; from < assessmentIds.size(); from += 500) {
      List<Long> chunk = assessmentIds.subList(from, Math.min(assessmentIds.size(), from + 500));
      em.createQuery(
              "SELECT s.assessment.id, s.questionId, s.value, s.notApplicable FROM StoredAnswer s"
                  + " WHERE s.assessment.id IN :ids",
              Object[].class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(
              r ->
                  texts
                      .computeIfAbsent(((Number) r[0]).longValue(), id -> new HashMap<>())
                      .put((String) r[1], Boolean.TRUE.equals(r[3]) ? null : (String) r[2]));
    }
    return texts;
  }

  public List<StoredAnswer> answers(Assessment assessment) {
    return em.createQuery(
            "SELECT s FROM StoredAnswer s JOIN FETCH s.updatedBy WHERE s.assessment = :a",
            StoredAnswer.class)
        .setParameter("a", assessment)
        .getResultList();
  }

  public Optional<StoredAnswer> answer(Assessment assessment, String questionId) {
    return em.createQuery(
            "SELECT s FROM StoredAnswer s WHERE s.assessment = :a AND s.questionId = :q",
            StoredAnswer.class)
        .setParameter("a", assessment)
        .setParameter("q", questionId)
        .getResultStream()
        .findFirst();
  }

  /** The codes of the schools whose assessment of the cycle is submitted. */
  public List<String> submittedSchoolCodes(int cycle) {
    return em.createQuery(
            "SELECT a.school.code FROM Assessment a WHERE a.cycle = :cycle AND a.state = :state",
            String.class)
        .setParameter("cycle", cycle)
        .setParameter("state", AssessmentState.SUBMITTED)
        .getResultList();
  }

  /** The answers of one school's submitted assessments in every cycle. */
  public List<StoredAnswer> submittedAnswers(String schoolCode) {
    return em.createQuery(
            "SELECT s FROM StoredAnswer s JOIN FETCH s.assessment a JOIN FETCH a.school sc JOIN"
                + " FETCH sc.discipline WHERE sc.code = :code AND a.state = :state",
            StoredAnswer.class)
        .setParameter("code", schoolCode)
        .setParameter("state", AssessmentState.SUBMITTED)
        .getResultList();
  }

  /** The changes of one answer, newest first. */
  public List<AnswerChange> history(Assessment assessment, String questionId) {
    return em.createQuery(
            "SELECT c FROM AnswerChange c JOIN FETCH c.changedBy WHERE c.assessment = :a AND"
                + " c.questionId = :q ORDER BY c.changedAt DESC, c.id DESC",
            AnswerChange.class)
        .setParameter("a", assessment)
        .setParameter("q", questionId)
        .getResultList();
  }

  public List<Reopening> reopenings(Assessment assessment) {
    return em.createQuery(
            "SELECT r FROM Reopening r JOIN FETCH r.reopenedBy WHERE r.assessment = :a ORDER BY"
                + " r.reopenedAt DESC",
            Reopening.class)
        .setParameter("a", assessment)
        .getResultList();
  }

  /** Owner account of each modality that has one. */
  public Map<String, Account> owners(Assessment assessment) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT modality_id, account_id FROM modality_owner WHERE assessment_id = ?1")
            .setParameter(1, assessment.getId())
            .getResultList();
    Map<String, Account> owners = new LinkedHashMap<>();
    rows.forEach(
        r -> owners.put((String) r[0], em.find(Account.class, ((Number) r[1]).longValue())));
    return owners;
  }

  /** Makes the account the modality's owner; null leaves it without one. */
  public void setOwner(Assessment assessment, String modalityId, Account owner) {
    em.createNativeQuery("DELETE FROM modality_owner WHERE assessment_id = ?1 AND modality_id = ?2")
        .setParameter(1, assessment.getId())
        .setParameter(2, modalityId)
        .executeUpdate();
    if (owner != null) {
      em.createNativeQuery(
              "INSERT INTO modality_owner (assessment_id, modality_id, account_id) VALUES (?1, ?2,"
                  + " ?3)")
          .setParameter(1, assessment.getId())
          .setParameter(2, modalityId)
          .setParameter(3, owner.getId())
          .executeUpdate();
    }
  }

  public Optional<String> lastStep(Assessment assessment, Account account) {
    return em.createNativeQuery(
            "SELECT last_step FROM assessment_visit WHERE assessment_id = ?1 AND account_id = ?2")
        .setParameter(1, assessment.getId())
        .setParameter(2, account.getId())
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  /**
   * Remembers the step a person has open. Tabs of one person may ask at the same moment: the row is
   * updated in place, and only the very first visit inserts it, under the assessment's lock, so two
   * first visits never collide on the key.
   */
  public void rememberStep(Assessment assessment, Account account, String step, LocalDateTime now) {
    if (updateVisit(assessment, account, step, now) > 0) {
      return;
    }
    em.lock(assessment, LockModeType.PESSIMISTIC_WRITE);
    if (updateVisit(assessment, account, step, now) > 0) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO assessment_visit (assessment_id, account_id, last_step, visited_at) VALUES"
                + " (?1, ?2, ?3, ?4)")
        .setParameter(1, assessment.getId())
        .setParameter(2, account.getId())
        .setParameter(3, step)
        .setParameter(4, now)
        .executeUpdate();
  }

  private int updateVisit(Assessment assessment, Account account, String step, LocalDateTime now) {
    return em.createNativeQuery(
            "UPDATE assessment_visit SET last_step = ?1, visited_at = ?2 WHERE assessment_id = ?3"
                + " AND account_id = ?4")
        .setParameter(1, step)
        .setParameter(2, now)
        .setParameter(3, assessment.getId())
        .setParameter(4, account.getId())
        .executeUpdate();
  }
}
