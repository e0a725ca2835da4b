package org.socialmission.metrics.questionnaire.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;

/** The checksums of the questionnaire versions that assessments have used. */
@ApplicationScoped
public class UsedVersionRepository {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Every used version with the checksum its files had when first used. */
  public Map<QuestionnaireKey, String> recorded() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT questionnaire_id, version, checksum FROM questionnaire_version")
            .getResultList();
    Map<QuestionnaireKey, String> recorded = new HashMap<>();
    for (Object[] row : rows) {
      recorded.put(
          new QuestionnaireKey((String) row[0], ((Number) row[1]).intValue()), (String) row[2]);
    }
    return recorded;
  }

  /** Marks a version as used, freezing its files; does nothing if it already is. */
  public void recordUse(Questionnaire questionnaire) {
    em.createNativeQuery(
            "INSERT INTO questionnaire_version (questionnaire_id, version, checksum, first_used_at)"
                + " SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM questionnaire_version"
                + " WHERE questionnaire_id = ?1 AND version = ?2)")
        .setParameter(1, questionnaire.id())
        .setParameter(2, questionnaire.version())
        .setParameter(3, questionnaire.checksum())
        .setParameter(4, LocalDateTime.now(clock))
        .executeUpdate();
  }
}
