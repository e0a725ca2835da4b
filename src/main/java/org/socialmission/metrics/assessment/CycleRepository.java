package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and finds {@link Cycle}s. Callers own the transaction. */
@ApplicationScoped
public class CycleRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Cycle> find(int year) {
    return Optional.ofNullable(em.find(Cycle.class, year));
  }

  /** Every cycle, newest first; their questionnaire versions in one more query, not one each. */
  public List<Cycle> all() {
    return em.createQuery("SELECT c FROM Cycle c ORDER BY c.year DESC", Cycle.class)
        .setHint("eclipselink.batch", "c.questionnaires")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  /**
   * Every cycle's year, state and scores version, newest first: three columns of a few rows, not
   * the cycles with their questionnaire versions (two queries), for the many pages that ask.
   */
  public List<CycleYear> years() {
    return em.createQuery(
            "SELECT c.year, c.state, c.scoresVersion FROM Cycle c ORDER BY c.year DESC",
            Object[].class)
        .getResultStream()
        .map(row -> new CycleYear((Integer) row[0], row[1] == Cycle.State.OPEN, (Long) row[2]))
        .toList();
  }

  /**
   * Locks the single row of {@code cycle_lock} until the transaction ends: whoever opens or reopens
   * a cycle takes it first, so that "none other is open" still holds when the cycle opens.
   */
  public void lockOpening() {
    em.createNativeQuery("SELECT id FROM cycle_lock WHERE id = 1 FOR UPDATE").getResultList();
  }

  public void add(Cycle cycle) {
    em.persist(cycle);
  }
}
