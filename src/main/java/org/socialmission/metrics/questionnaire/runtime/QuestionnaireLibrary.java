package org.socialmission.metrics.questionnaire.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Guidance;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;

/**
 * The questionnaires the application serves, as validated at start-up by {@link
 * QuestionnaireStartup}. Immutable once installed; a changed file takes effect at the next start.
 */
@ApplicationScoped
public class QuestionnaireLibrary {

  private volatile QuestionnaireCatalog catalog;

  void install(QuestionnaireCatalog validated) {
    this.catalog = validated;
  }

  private QuestionnaireCatalog catalog() {
    if (catalog == null) {
      throw new IllegalStateException("Questionnaires are loaded at start-up; none are installed");
    }
    return catalog;
  }

  /** Every version of every questionnaire, by id then version. */
  public List<Questionnaire> all() {
    return catalog().all();
  }

  public Optional<Questionnaire> find(String id, int version) {
    return catalog().find(new QuestionnaireKey(id, version));
  }

  /** The highest version with this id. */
  public Optional<Questionnaire> latest(String id) {
    return all().stream()
        .filter(q -> q.id().equals(id))
        .reduce((a, b) -> b.version() > a.version() ? b : a);
  }

  /** Resources and phase bands of a questionnaire version, from its guidance files. */
  public Guidance guidance(QuestionnaireKey key) {
    return catalog().guidance(key);
  }

  /**
   * The questionnaire new assessments of a discipline use, by the school table's discipline code.
   */
  public Optional<Questionnaire> current(String disciplineCode) {
    return Discipline.ofCode(disciplineCode).flatMap(d -> catalog().current(d));
  }
}
