package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Stores and finds {@link PasswordLink}s and counts requests for them. Callers own the transaction.
 */
@ApplicationScoped
public class PasswordLinkRepository {

  @PersistenceContext private EntityManager em;

  public void add(PasswordLink link) {
    em.persist(link);
  }

  /** The link whose token has this hash. */
  public Optional<PasswordLink> findByHash(String tokenHash) {
    return em.createQuery(
            "SELECT l FROM PasswordLink l JOIN FETCH l.account WHERE l.tokenHash = :hash",
            PasswordLink.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /**
   * Marks the link used if it still is usable: a conditional update, so of two uses at the same
   * moment exactly one succeeds.
   */
  public boolean useOnce(long linkId, LocalDateTime now) {
    return em.createNativeQuery(
                "UPDATE password_link SET used_at = ?1"
                    + " WHERE id = ?2 AND used_at IS NULL AND expires_at > ?1")
            .setParameter(1, now)
            .setParameter(2, linkId)
            .executeUpdate()
        == 1;
  }

  /** Ends every unused link of the account: a password chosen makes the others pointless. */
  public void retireAll(long accountId, LocalDateTime now) {
    em.createNativeQuery(
            "UPDATE password_link SET used_at = ?1 WHERE account_id = ?2 AND used_at IS NULL")
        .setParameter(1, now)
        .setParameter(2, accountId)
        .executeUpdate();
  }

  /** How many links of this purpose the account got since the time. */
  public long countSince(long accountId, PasswordLink.Purpose purpose, LocalDateTime since) {
    return em.createQuery(
            "SELECT COUNT(l) FROM PasswordLink l WHERE l.account.id = :account"
                + " AND l.purpose = :purpose AND l.createdAt >= :since",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("purpose", purpose)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Records a "forgot password" request from a client address. */
  public void recordRequest(String client, LocalDateTime at) {
    em.createNativeQuery(
            "INSERT INTO password_reset_request (client, requested_at) VALUES (?1, ?2)")
        .setParameter(1, client)
        .setParameter(2, at)
        .executeUpdate();
  }

  /** How many "forgot password" requests came from the client address since the time. */
  public long requestsSince(String client, LocalDateTime since) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM password_reset_request"
                        + " WHERE client = ?1 AND requested_at >= ?2")
                .setParameter(1, client)
                .setParameter(2, since)
                .getSingleResult())
        .longValue();
  }

  /** Forgets requests older than the time. */
  public int deleteRequestsBefore(LocalDateTime before) {
    return em.createNativeQuery("DELETE FROM password_reset_request WHERE requested_at < ?1")
        .setParameter(1, before)
        .executeUpdate();
  }
}
