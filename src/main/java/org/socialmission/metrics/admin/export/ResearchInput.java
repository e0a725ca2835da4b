package org.socialmission.metrics.admin.export;

import java.util.Map;
import java.util.Objects;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;

/**
 * One school's submitted assessment of a cycle, as the exporter needs it. It holds no code or name
 * on purpose: nothing that identifies the school can reach the data set.
 *
 * @param discipline the discipline code, e.g. {@code medicine}
 * @param answers by question id; answers to questions the questionnaire lacks are ignored
 * @param questionnaire the version the school answered
 */
public record ResearchInput(
    String discipline,
    Ownership ownership,
    Region region,
    Scores scores,
    Map<String, Answer> answers,
    Questionnaire questionnaire) {

  /** Requires every part and freezes the answers. */
  public ResearchInput {
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(questionnaire, "questionnaire");
    answers = Map.copyOf(answers);
  }
}
