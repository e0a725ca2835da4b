package org.socialmission.metrics.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The audit log of administrative changes (cycles, schools, accounts, imports). Entries are written
 * in the transaction of the change, so a change and its entry stand or fall together.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** Records a change; joins the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String target, String details) {
    em.persist(new AuditEvent(LocalDateTime.now(clock), actor, action, target, details));
  }

  /**
   * The newest entries first, optionally only those whose actor, action or target contains the
   * text, taken literally ({@code %} and {@code _} are no wildcards).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> find(String text, int first, int max) {
    Optional<String> like = LikePattern.containing(text);
    if (like.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE LOWER(e.actor) LIKE :t ESCAPE '\\'"
                + " OR LOWER(e.action) LIKE :t ESCAPE '\\' OR LOWER(e.target) LIKE :t ESCAPE '\\'"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEvent.class)
        .setParameter("t", like.get())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
