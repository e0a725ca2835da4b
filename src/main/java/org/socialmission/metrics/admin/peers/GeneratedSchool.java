package org.socialmission.metrics.admin.peers;

import java.util.Map;
import java.util.Objects;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;

/**
 * A fictional demo school with its answers per cycle year, each a complete submitted assessment on
 * its discipline's current questionnaire.
 *
 * @param discipline the discipline code, e.g. {@code nursing}
 * @param answersByCycle answers keyed by cycle year, then by question id (hidden questions absent)
 */
public record GeneratedSchool(
    String code,
    String name,
    String discipline,
    Ownership ownership,
    Region region,
    int enrollment,
    Map<Integer, Map<String, Answer>> answersByCycle) {

  /** Requires every part and freezes the answers. */
  public GeneratedSchool {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    answersByCycle = Map.copyOf(answersByCycle);
  }

  /** The answers of one cycle year. */
  public Map<String, Answer> answers(int cycle) {
    Map<String, Answer> answers = answersByCycle.get(cycle);
    if (answers == null) {
      throw new IllegalArgumentException(code + " has no answers for " + cycle);
    }
    return answers;
  }
}
