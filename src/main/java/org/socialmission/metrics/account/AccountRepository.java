package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and finds {@link Account}s. Callers own the transaction. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  /** The account with this email, in any letter case. */
  public Optional<Account> findByEmail(String email) {
    return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
        .setParameter("email", Account.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  public Account get(long id) {
    return em.find(Account.class, id);
  }

  /** The accounts of one school, deans first, then by name. */
  public List<Account> findBySchool(String schoolCode) {
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.school.code = :school ORDER BY a.role, a.displayName",
            Account.class)
        .setParameter("school", schoolCode)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  public void add(Account account) {
    em.persist(account);
  }
}
