package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.platform.StorableText;

/** Stores and finds {@link Account}s. Callers own the transaction. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  /**
   * The account with this email, in any letter case; none for text no column can hold (a NUL),
   * which PostgreSQL would refuse to compare.
   */
  public Optional<Account> findByEmail(String email) {
    if (StorableText.problem(email).isPresent()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
        .setParameter("email", Account.normalizeEmail(email))
        // every request of a session reads its account: school in the same query
        .setHint("eclipselink.left-join-fetch", "a.school")
        .getResultStream()
        .findFirst();
  }

  /**
   * The sign-in a session of this account stands for, read as columns: every request of every
   * session asks, and managed copies of the account and its school cost several times the query.
   * Empty when no account has the email or it is inactive.
   */
  public Optional<SignIn> activeSignIn(String email) {
    if (StorableText.problem(email).isPresent()) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a.id, a.email, a.displayName, a.role, s.id, s.code, a.sessionEpoch,"
                + " a.mustChangePassword FROM Account a LEFT JOIN a.school s"
                + " WHERE a.email = :email AND a.active = TRUE",
            Object[].class)
        .setParameter("email", Account.normalizeEmail(email))
        .getResultStream()
        .findFirst()
        .map(
            row ->
                new SignIn(
                    new SignedInUser(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (Role) row[3],
                        (Long) row[4],
                        (String) row[5]),
                    new SessionGrant((String) row[1], (Integer) row[6]),
                    (Boolean) row[7]));
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

  /** The active accounts that belong to a school (deans and team members), with their school. */
  public List<Account> activeOfSchools() {
    return em.createQuery(
            "SELECT a FROM Account a JOIN FETCH a.school WHERE a.active = TRUE ORDER BY a.id",
            Account.class)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  public void add(Account account) {
    em.persist(account);
  }

  /**
   * Records a successful sign-in's time, unless one was recorded since {@code unlessSince}. A plain
   * update that leaves the version alone, so it never conflicts with an administrator's change, and
   * that parallel sign-ins only wait for: the API signs in on every request.
   */
  public void recordSignIn(long accountId, LocalDateTime at, LocalDateTime unlessSince) {
    em.createNativeQuery(
            "UPDATE account SET last_sign_in_at = ?1 WHERE id = ?2"
                + " AND (last_sign_in_at IS NULL OR last_sign_in_at < ?3)")
        .setParameter(1, at)
        .setParameter(2, accountId)
        .setParameter(3, unlessSince)
        .executeUpdate();
  }
}
