package org.socialmission.metrics.questionnaire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that concern several files together: one file per id and version, and for each
 * discipline one highest version, so that "the current questionnaire" is never ambiguous.
 */
final class CatalogRules {

  private CatalogRules() {}

  static List<QuestionnaireError> check(List<Questionnaire> questionnaires) {
    List<QuestionnaireError> errors = new ArrayList<>();
    Map<QuestionnaireKey, Questionnaire> byKey = new HashMap<>();
    for (Questionnaire q : questionnaires) {
      Questionnaire other = byKey.putIfAbsent(q.key(), q);
      if (other != null) {
        errors.add(
            error(
                q,
                "questionnaire "
                    + q.key()
                    + " is already defined in "
                    + own(other)
                    + ": a new version needs a new version number"));
      }
    }
    for (Discipline discipline : Discipline.values()) {
      checkCurrent(discipline, questionnaires, errors);
    }
    return errors;
  }

  private static void checkCurrent(
      Discipline discipline, List<Questionnaire> questionnaires, List<QuestionnaireError> errors) {
    List<Questionnaire> serving =
        questionnaires.stream().filter(q -> q.serves(discipline)).toList();
    int highest = serving.stream().mapToInt(Questionnaire::version).max().orElse(0);
    List<Questionnaire> current = serving.stream().filter(q -> q.version() == highest).toList();
    if (current.stream().map(Questionnaire::id).distinct().count() > 1) {
      current.stream()
          .skip(1)
          .forEach(
              q ->
                  errors.add(
                      error(
                          q,
                          "both '"
                              + current.get(0).id()
                              + "' and '"
                              + q.id()
                              + "' are version "
                              + highest
                              + " for "
                              + discipline.code()
                              + ": the current questionnaire of a discipline must be"
                              + " unambiguous")));
    }
  }

  /** The questionnaire's own file: the last of its sources. */
  private static String own(Questionnaire q) {
    return q.sources().get(q.sources().size() - 1);
  }

  private static QuestionnaireError error(Questionnaire q, String message) {
    return new QuestionnaireError(own(q), FileParser.parse(Path.of(own(q))).versionLine(), message);
  }
}
