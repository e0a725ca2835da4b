package org.socialmission.metrics.admin.export;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.Questionnaire;

/**
 * The answer columns of a data set: the union of the scored questions of the questionnaires used,
 * modality by modality, and within a modality questionnaire by questionnaire (by id, then version),
 * each in its asked order. Shared questions (the core every discipline answers) come once, so the
 * order depends only on which questionnaires were used, never on the order of the schools.
 */
final class QuestionColumns {

  private QuestionColumns() {}

  static List<String> of(List<Questionnaire> used) {
    List<Questionnaire> questionnaires =
        used.stream()
            .distinct()
            .sorted(Comparator.comparing(Questionnaire::id).thenComparing(Questionnaire::version))
            .toList();
    Set<String> ids = new LinkedHashSet<>();
    for (String modality : Modality.IDS) {
      for (Questionnaire questionnaire : questionnaires) {
        questionnaire.modality(modality).questions().stream()
            .filter(q -> q.type() != QuestionType.TEXT)
            .map(Question::id)
            .forEach(ids::add);
      }
    }
    return List.copyOf(ids);
  }
}
