package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import org.socialmission.metrics.assessment.AssessmentState;

/** Stores and finds {@link Certificate}s; callers own the transaction. */
@ApplicationScoped
public class CertificateRepository {

  @PersistenceContext private EntityManager em;

  /** The certificate with this verification code, if any. */
  public Optional<Certificate> find(String code) {
    return Optional.ofNullable(em.find(Certificate.class, code));
  }

  /** The certificate of one submission (assessment and time submitted), if issued. */
  public Optional<Certificate> of(long assessmentId, LocalDateTime submittedAt) {
    return em.createQuery(
            "SELECT c FROM Certificate c WHERE c.assessmentId = :a AND c.submittedAt = :t",
            Certificate.class)
        .setParameter("a", assessmentId)
        .setParameter("t", submittedAt)
        .getResultStream()
        .findFirst();
  }

  /**
   * Locks the assessment's row until the transaction ends, so that two downloads of one submission
   * at the same moment issue one certificate.
   */
  public void lockAssessment(long assessmentId) {
    em.createNativeQuery("SELECT id FROM assessment WHERE id = ?1 FOR UPDATE")
        .setParameter(1, assessmentId)
        .getResultList();
  }

  /** Whether the assessment is still submitted, and submitted at exactly this time. */
  public boolean stillSubmitted(long assessmentId, LocalDateTime submittedAt) {
    return !em.createQuery(
            "SELECT a.id FROM Assessment a WHERE a.id = :a AND a.state = :state AND a.submittedAt"
                + " = :t",
            Long.class)
        .setParameter("a", assessmentId)
        .setParameter("state", AssessmentState.SUBMITTED)
        .setParameter("t", submittedAt)
        .getResultList()
        .isEmpty();
  }

  public void add(Certificate certificate) {
    em.persist(certificate);
  }
}
