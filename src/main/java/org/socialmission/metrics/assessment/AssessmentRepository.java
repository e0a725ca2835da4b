package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
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

  /** The answers of every submitted assessment of a cycle, with assessment and school loaded. */
  public List<StoredAnswer> submittedAnswers(int cycle) {
    return em.createQuery(
            "SELECT s FROM StoredAnswer s JOIN FETCH s.assessment a JOIN FETCH a.school sc JOIN"
                + " FETCH sc.discipline WHERE a.cycle = :cycle AND a.state = :state",
            StoredAnswer.class)
        .setParameter("cycle", cycle)
        .setParameter("state", AssessmentState.SUBMITTED)
        .getResultList();
  }

  /** Every assessment of a cycle, whatever its state, with its school. */
  public List<Assessment> ofCycle(int cycle) {
    return em.createQuery(
            "SELECT a FROM Assessment a JOIN FETCH a.school WHERE a.cycle = :cycle",
            Assessment.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  /** The answers of every assessment of a cycle, whatever its state. */
  public List<StoredAnswer> answersOfCycle(int cycle) {
    return em.createQuery(
            "SELECT s FROM StoredAnswer s JOIN FETCH s.assessment a WHERE a.cycle = :cycle",
            StoredAnswer.class)
        .setParameter("cycle", cycle)
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
