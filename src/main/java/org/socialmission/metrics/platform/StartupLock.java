package org.socialmission.metrics.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Lets start-up steps of the check-then-create kind (first cycle, first administrator, demo data)
 * run once although several instances start at the same moment on one database: the steps run in
 * one transaction that first locks the single row of {@code startup_lock}, so a second instance
 * waits until the first has committed and then finds everything in place.
 */
@ApplicationScoped
public class StartupLock {

  @PersistenceContext private EntityManager em;

  /** Runs the steps while holding the lock; their transactional work joins its transaction. */
  @Transactional
  public <T> T runExclusively(Supplier<T> steps) {
    em.createNativeQuery("SELECT id FROM startup_lock WHERE id = 1 FOR UPDATE").getResultList();
    return steps.get();
  }
}
