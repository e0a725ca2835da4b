package org.socialmission.metrics.report.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stores and finds {@link BenchmarkRelease}s, their {@link ReleasedSchool}s and the cycles' {@link
 * ReleasePolicy}. Releases are only ever added. Callers own the transaction.
 */
@ApplicationScoped
public class ReleaseRepository {

  @PersistenceContext private EntityManager em;

  /** The id of the cycle's latest release; always read from the database, never cached. */
  public Optional<Long> latestId(int cycle) {
    // No setMaxResults: EclipseLink prepares a query with a row limit again on every execution,
    // and a cycle has a handful of releases.
    return em
        .createQuery(
            "SELECT r.id FROM BenchmarkRelease r WHERE r.cycle = :cycle ORDER BY r.number DESC",
            Long.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The cycle's releases, newest first. */
  public List<BenchmarkRelease> ofCycle(int cycle) {
    return em.createQuery(
            "SELECT r FROM BenchmarkRelease r WHERE r.cycle = :cycle ORDER BY r.number DESC",
            BenchmarkRelease.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  public Optional<BenchmarkRelease> find(long id) {
    return Optional.ofNullable(em.find(BenchmarkRelease.class, id));
  }

  /** The schools of a release, by code. */
  public List<ReleasedSchool> schools(long releaseId) {
    return em.createQuery(
            "SELECT s FROM ReleasedSchool s WHERE s.releaseId = :id ORDER BY s.schoolCode",
            ReleasedSchool.class)
        .setParameter("id", releaseId)
        .getResultList();
  }

  /**
   * Locks the cycle's row until the transaction ends, so that two publications of one cycle (two
   * staff, two instances) take turns: each compares itself with the releases before it and takes
   * the next number.
   */
  public void lockCycle(int cycle) {
    em.createNativeQuery("SELECT cycle_year FROM cycle WHERE cycle_year = ?1 FOR UPDATE")
        .setParameter(1, cycle)
        .getResultList();
  }

  /** The number the cycle's next release gets. */
  public int nextNumber(int cycle) {
    Integer last =
        em.createQuery(
                "SELECT MAX(r.number) FROM BenchmarkRelease r WHERE r.cycle = :cycle",
                Integer.class)
            .setParameter("cycle", cycle)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  /** Release id → discipline code → schools, for the cycle's releases. */
  public Map<Long, Map<String, Integer>> counts(int cycle) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT s.releaseId, s.discipline, COUNT(s) FROM ReleasedSchool s"
                    + " WHERE s.releaseId IN"
                    + " (SELECT r.id FROM BenchmarkRelease r WHERE r.cycle = :cycle)"
                    + " GROUP BY s.releaseId, s.discipline",
                Object[].class)
            .setParameter("cycle", cycle)
            .getResultList();
    Map<Long, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Object[] row : rows) {
      counts
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new TreeMap<>())
          .put((String) row[1], ((Number) row[2]).intValue());
    }
    return counts;
  }

  public void add(BenchmarkRelease release) {
    em.persist(release);
  }

  public void add(ReleasedSchool school) {
    em.persist(school);
  }

  /** Writes what was added so far and forgets it, so a large release passes in bounded memory. */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }

  public Optional<ReleasePolicy> policy(int cycle) {
    return Optional.ofNullable(em.find(ReleasePolicy.class, cycle));
  }

  public void add(ReleasePolicy policy) {
    em.persist(policy);
  }
}
