package org.socialmission.metrics.admin.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Answer;

/**
 * The imported answers of one school in one cycle, each checked against its question.
 *
 * <p>Invariants: every key is a question id of the questionnaire, and the answers keep the order of
 * the file. Nothing says the answers are complete: earlier data may leave questions out.
 *
 * @param answers by question id; {@link Answer.NotApplicable} only where the question allows it
 */
public record ImportedAssessment(
    String schoolCode, int cycle, Questionnaire questionnaire, Map<String, Answer> answers) {

  /** Requires every part and freezes the answers in their order. */
  public ImportedAssessment {
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(questionnaire, "questionnaire");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    answers.keySet().stream()
        .filter(id -> questionnaire.question(id).isEmpty())
        .findAny()
        .ifPresent(
            id -> {
              throw new IllegalArgumentException(
                  "question " + id + " is not in " + questionnaire.key());
            });
  }
}
