package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Stores {@link SignInFailure}s and counts them for the throttle. Callers own the transaction;
 * counting needs none.
 */
@ApplicationScoped
public class SignInFailureRepository {

  @PersistenceContext private EntityManager em;

  /** Failures of this email from this client since a moment. */
  public FailureCount of(String email, String client, LocalDateTime since) {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(f), MAX(f.failedAt) FROM SignInFailure f WHERE f.email = :email"
                    + " AND f.client = :client AND f.failedAt > :since",
                Object[].class)
            .setParameter("email", SignInFailure.key(email))
            .setParameter("client", SignInFailure.clientKey(client))
            .setParameter("since", since)
            .getSingleResult();
    return FailureCount.of(row);
  }

  /** Failures from this client, whatever email they tried, since a moment. */
  public FailureCount ofClient(String client, LocalDateTime since) {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(f), MAX(f.failedAt) FROM SignInFailure f WHERE f.client = :client"
                    + " AND f.failedAt > :since",
                Object[].class)
            .setParameter("client", SignInFailure.clientKey(client))
            .setParameter("since", since)
            .getSingleResult();
    return FailureCount.of(row);
  }

  public void add(SignInFailure failure) {
    em.persist(failure);
  }

  /** Forgets the failures of this email from this client: it has just signed in. */
  public void forget(String email, String client) {
    em.createQuery("DELETE FROM SignInFailure f WHERE f.email = :email AND f.client = :client")
        .setParameter("email", SignInFailure.key(email))
        .setParameter("client", SignInFailure.clientKey(client))
        .executeUpdate();
  }

  /**
   * Deletes the failures before a moment, which no throttle counts any more.
   *
   * @return how many were deleted
   */
  public int deleteBefore(LocalDateTime moment) {
    return em.createQuery("DELETE FROM SignInFailure f WHERE f.failedAt < :moment")
        .setParameter("moment", moment)
        .executeUpdate();
  }
}
