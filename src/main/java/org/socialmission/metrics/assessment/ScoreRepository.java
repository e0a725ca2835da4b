package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Stores {@link AssessmentScore}s and answers what is read from them: the completion table of a
 * cycle a page at a time (filtered and sorted in the database), the submitted scores of a cycle and
 * discipline, a school's submitted scores over the cycles, and the cycles' score versions. Callers
 * own the transaction.
 */
@ApplicationScoped
public class ScoreRepository {

  private static final String MODALITY_COLUMNS =
      "sc.done_mission, sc.done_pipeline, sc.done_admissions, sc.done_curriculum,"
          + " sc.done_clinical, sc.done_debt, sc.done_mentoring, sc.done_graduates";
  private static final String SCORE_COLUMNS =
      "sc.score_overall, sc.score_mission, sc.score_pipeline, sc.score_admissions,"
          + " sc.score_curriculum, sc.score_clinical, sc.score_debt, sc.score_mentoring,"
          + " sc.score_graduates";
  private static final String PROGRESS_FROM =
      " FROM school s JOIN discipline d ON d.code = s.discipline_code"
          + " LEFT JOIN assessment a ON a.school_id = s.id AND a.cycle = ?1"
          + " LEFT JOIN assessment_score sc ON sc.assessment_id = a.id";
  private static final String STATE_ORDER =
      "CASE COALESCE(a.state, 'NOT_STARTED') WHEN 'NOT_STARTED' THEN 0 WHEN 'IN_PROGRESS' THEN 1"
          + " ELSE 2 END";

  @PersistenceContext private EntityManager em;
  @Inject private RequestCycles request;

  public Optional<AssessmentScore> find(long assessmentId) {
    return Optional.ofNullable(em.find(AssessmentScore.class, assessmentId));
  }

  public void add(AssessmentScore score) {
    em.persist(score);
  }

  /** Moves the cycle's score version on: figures kept under the old one no longer hold. */
  public void touch(int cycle) {
    request.forget();
    em.createNativeQuery(
            "UPDATE cycle SET scores_version = scores_version + 1 WHERE cycle_year = ?1")
        .setParameter(1, cycle)
        .executeUpdate();
  }

  /** Moves every cycle's score version on (a school's attributes changed). */
  public void touchAll() {
    request.forget();
    em.createNativeQuery("UPDATE cycle SET scores_version = scores_version + 1").executeUpdate();
  }

  /** Ids of up to {@code max} assessments whose stored scores are missing or behind. */
  public List<Long> unscored(int max) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT a.id FROM assessment a LEFT JOIN assessment_score sc ON sc.assessment_id ="
                    + " a.id WHERE sc.assessment_id IS NULL OR sc.scored_revision <> a.revision"
                    + " ORDER BY a.id")
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** One page of the completion table. */
  public List<ProgressRow> progress(ProgressQuery q) {
    String sql =
        "SELECT s.code, s.name, d.name, a.state, "
            + MODALITY_COLUMNS
            // Opening an assessment creates it; only a change is activity.
            + ", sc.percent, CASE WHEN a.state = 'NOT_STARTED' THEN NULL ELSE a.updated_at END"
            + PROGRESS_FROM
            + where(q)
            + " ORDER BY "
            + order(q)
            + (q.first() > 0 ? " OFFSET " + q.first() + " ROWS" : "")
            + (q.max() < Integer.MAX_VALUE ? " FETCH FIRST " + q.max() + " ROWS ONLY" : "");
    List<ProgressRow> rows = new ArrayList<>();
    stream(bind(em.createNativeQuery(sql), q), r -> rows.add(progressRow(r)));
    return rows;
  }

  /** How many schools a completion query finds, all pages together. */
  public long count(ProgressQuery q) {
    Query query = em.createNativeQuery("SELECT COUNT(*)" + PROGRESS_FROM + where(q));
    return ((Number) bind(query, q).getSingleResult()).longValue();
  }

  /** How many schools are in each state in the cycle (every state present, maybe with 0). */
  public Map<AssessmentState, Long> countByState(int cycle) {
    Map<AssessmentState, Long> counts = new EnumMap<>(AssessmentState.class);
    for (AssessmentState state : AssessmentState.values()) {
      counts.put(state, 0L);
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT COALESCE(a.state, 'NOT_STARTED'), COUNT(*)"
                    + PROGRESS_FROM
                    + " GROUP BY COALESCE(a.state, 'NOT_STARTED')")
            .setParameter(1, cycle)
            .getResultList();
    rows.forEach(
        r -> {
          Object[] row = (Object[]) r;
          counts.put(AssessmentState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        });
    return counts;
  }

  /** The stored scores of the cycle's submitted assessments in one discipline (null: all). */
  public List<StoredScores> submitted(int cycle, String discipline) {
    String sql =
        "SELECT s.code, s.discipline_code, s.ownership, s.region, a.cycle, "
            + SCORE_COLUMNS
            + " FROM assessment a JOIN school s ON s.id = a.school_id"
            + " JOIN assessment_score sc ON sc.assessment_id = a.id"
            + " WHERE a.cycle = ?1 AND a.state = 'SUBMITTED'"
            + (discipline == null ? "" : " AND s.discipline_code = ?2")
            + " ORDER BY s.code";
    Query query = em.createNativeQuery(sql).setParameter(1, cycle);
    if (discipline != null) {
      query.setParameter(2, discipline);
    }
    List<StoredScores> scores = new ArrayList<>();
    stream(query, r -> scores.add(storedScores(r)));
    return scores;
  }

  /**
   * The schools of the cycle and discipline with answers marked estimate, those with the largest
   * share of their points on estimates first (then by code), at most {@code max}: one query of the
   * stored scores, however many schools the cycle has.
   */
  public List<SchoolEstimates> leaningOnEstimates(int cycle, String discipline, int max) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT s.code, s.name, s.discipline_code, a.state, sc.estimate_percent,"
                    + " sc.estimated_answers FROM assessment a JOIN school s ON s.id = a.school_id"
                    + " JOIN assessment_score sc ON sc.assessment_id = a.id"
                    + " WHERE a.cycle = ?1 AND s.discipline_code = ?2 AND sc.estimated_answers > 0"
                    + " ORDER BY COALESCE(sc.estimate_percent, 0) DESC, s.code")
            .setParameter(1, cycle)
            .setParameter(2, discipline)
            .setMaxResults(max)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new SchoolEstimates(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    AssessmentState.valueOf((String) r[3]),
                    r[4] == null ? null : ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue()))
        .toList();
  }

  /** The stored scores of one school's submitted assessments, oldest cycle first. */
  public List<StoredScores> submittedBy(String schoolCode) {
    Query query =
        em.createNativeQuery(
                "SELECT s.code, s.discipline_code, s.ownership, s.region, a.cycle, "
                    + SCORE_COLUMNS
                    + " FROM assessment a JOIN school s ON s.id = a.school_id"
                    + " JOIN assessment_score sc ON sc.assessment_id = a.id"
                    + " WHERE s.code = ?1 AND a.state = 'SUBMITTED' ORDER BY a.cycle")
            .setParameter(1, schoolCode);
    List<StoredScores> scores = new ArrayList<>();
    stream(query, r -> scores.add(storedScores(r)));
    return scores;
  }

  private static void stream(Query query, Consumer<Object[]> each) {
    List<?> rows = query.getResultList();
    rows.forEach(r -> each.accept((Object[]) r));
  }

  private static String where(ProgressQuery q) {
    List<String> all = new ArrayList<>();
    if (q.code() != null) {
      all.add("LOWER(s.code) LIKE ?2 ESCAPE '\\'");
    }
    if (q.name() != null) {
      all.add("LOWER(s.name) LIKE ?3 ESCAPE '\\'");
    }
    if (q.discipline() != null) {
      all.add("d.name = ?4");
    }
    if (q.state() != null) {
      all.add("COALESCE(a.state, 'NOT_STARTED') = ?5");
    }
    return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
  }

  private static Query bind(Query query, ProgressQuery q) {
    query.setParameter(1, q.cycle());
    if (q.code() != null) {
      query.setParameter(2, ProgressQuery.contains(q.code()));
    }
    if (q.name() != null) {
      query.setParameter(3, ProgressQuery.contains(q.name()));
    }
    if (q.discipline() != null) {
      query.setParameter(4, q.discipline());
    }
    if (q.state() != null) {
      query.setParameter(5, q.state().name());
    }
    return query;
  }

  private static String order(ProgressQuery q) {
    String direction = q.ascending() ? " ASC" : " DESC";
    String column =
        switch (q.sort() == null ? "code" : q.sort()) {
          case "code" -> null;
          case "name" -> "s.name";
          case "discipline" -> "d.name";
          case "state" -> STATE_ORDER;
          case "percent" -> "COALESCE(sc.percent, 0)";
          case "lastActivity" -> "a.updated_at";
          default -> "COALESCE(sc.done_" + q.sort() + ", 0)";
        };
    return column == null ? "s.code" + direction : column + direction + ", s.code";
  }

  private static ProgressRow progressRow(Object[] r) {
    List<Integer> modalities =
        IntStream.range(4, 12)
            .mapToObj(i -> r[i] == null ? 0 : ((Number) r[i]).intValue())
            .toList();
    return new ProgressRow(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        r[3] == null ? AssessmentState.NOT_STARTED : AssessmentState.valueOf((String) r[3]),
        modalities,
        r[12] == null ? 0 : ((Number) r[12]).intValue(),
        dateTime(r[13]));
  }

  private static StoredScores storedScores(Object[] r) {
    String[] texts = new String[9];
    for (int i = 0; i < 9; i++) {
      texts[i] = (String) r[5 + i];
    }
    return new StoredScores(
        (String) r[0],
        (String) r[1],
        Ownership.valueOf((String) r[2]),
        Region.valueOf((String) r[3]),
        ((Number) r[4]).intValue(),
        AssessmentScore.scores(texts));
  }

  private static LocalDateTime dateTime(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }
}
