package org.socialmission.metrics.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.platform.LikePattern;
import org.socialmission.metrics.platform.StorableText;

/** Stores and finds {@link School}s and {@link Discipline}s. Callers own the transaction. */
@ApplicationScoped
public class SchoolRepository {

  @PersistenceContext private EntityManager em;

  /** The school with this code; none for text no column can hold (a NUL). */
  public Optional<School> findByCode(String code) {
    if (StorableText.problem(code).isPresent()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT s FROM School s WHERE s.code = :code", School.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The schools with these codes, by code; codes without a school are absent. */
  public Map<String, School> byCodes(List<String> codes) {
    Map<String, School> found = new HashMap<>();
    for (int from = 0; from < codes.size(); from += 500) {
      em.createQuery("SELECT s FROM School s WHERE s.code IN :codes", School.class)
          .setParameter("codes", codes.subList(from, Math.min(codes.size(), from + 500)))
          .getResultList()
          .forEach(school -> found.put(school.getCode(), school));
    }
    return found;
  }

  /** Every school's id, code and discipline, by code: one query for lookups in bulk. */
  public Map<String, SchoolRef> refs() {
    Map<String, SchoolRef> refs = new HashMap<>();
    em.createQuery("SELECT s.id, s.code, s.discipline.code FROM School s", Object[].class)
        .getResultList()
        .forEach(
            r ->
                refs.put(
                    (String) r[1],
                    new SchoolRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2])));
    return refs;
  }

  public Optional<Discipline> findDiscipline(String code) {
    return Optional.ofNullable(em.find(Discipline.class, code));
  }

  public List<Discipline> disciplines() {
    return em.createQuery("SELECT d FROM Discipline d ORDER BY d.name", Discipline.class)
        .getResultList();
  }

  /** Every discipline with its number of schools, alphabetically. */
  public List<DisciplineCount> countByDiscipline() {
    return em.createQuery(
            "SELECT NEW org.socialmission.metrics.school.DisciplineCount(d.code, d.name, COUNT(s))"
                + " FROM Discipline d LEFT JOIN School s ON s.discipline = d"
                + " GROUP BY d.code, d.name ORDER BY d.name",
            DisciplineCount.class)
        .getResultList();
  }

  /** One page of the schools matching the filter, ordered by code. */
  public List<School> find(SchoolFilter filter, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<School> query = cb.createQuery(School.class);
    Root<School> school = query.from(School.class);
    query.where(matching(cb, school, filter)).orderBy(cb.asc(school.get("code")));
    TypedQuery<School> typed = em.createQuery(query);
    return typed.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(SchoolFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<School> school = query.from(School.class);
    query.select(cb.count(school)).where(matching(cb, school, filter));
    return em.createQuery(query).getSingleResult();
  }

  public void add(School school) {
    em.persist(school);
  }

  /**
   * Locks the school's row until the transaction ends, without changing it: whoever creates
   * something that exists once per school (an assessment of a cycle) takes it first, so two doing
   * it at the same moment queue up and the second finds what the first made.
   */
  public void lock(School school) {
    em.lock(school, LockModeType.PESSIMISTIC_WRITE);
  }

  private static Predicate[] matching(
      CriteriaBuilder cb, Root<School> school, SchoolFilter filter) {
    List<Predicate> all = new ArrayList<>();
    if (filter.text() != null && !filter.text().isBlank()) {
      all.add(
          LikePattern.containing(filter.text())
              .map(
                  like ->
                      cb.or(
                          cb.like(cb.lower(school.get("code")), like, LikePattern.ESCAPE),
                          cb.like(cb.lower(school.get("name")), like, LikePattern.ESCAPE)))
              .orElseGet(cb::disjunction));
    }
    if (filter.discipline() != null && StorableText.problem(filter.discipline()).isPresent()) {
      all.add(cb.disjunction());
    } else if (filter.discipline() != null) {
      all.add(cb.equal(school.get("discipline").get("code"), filter.discipline()));
    }
    if (filter.ownership() != null) {
      all.add(cb.equal(school.get("ownership"), filter.ownership()));
    }
    if (filter.region() != null) {
      all.add(cb.equal(school.get("region"), filter.region()));
    }
    return all.toArray(Predicate[]::new);
  }
}
