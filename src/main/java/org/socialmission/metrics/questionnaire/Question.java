package org.socialmission.metrics.questionnaire;

import java.util.Objects;
import java.util.Optional;

/**
 * One question of a questionnaire, as the file defines it.
 *
 * <p>Invariants, guaranteed by the loader: the id is stable across versions and starts with its
 * modality's id and a dot ({@code mission.equity-statement}); the rule fits the type ({@link
 * NoScoring} exactly for {@link QuestionType#TEXT}); a condition refers to an earlier question of a
 * fitting type.
 *
 * @param required whether the question must be answered before an assessment is complete; a
 *     required question the condition hides is not required
 * @param naAllowed whether "not applicable" is an accepted answer; it removes the question's
 *     maximum
 * @param showWhen the condition under which the question is shown, if any
 * @param thenet the THEnet part the question also informs
 * @param aspire the ASPIRE domain the question also informs
 */
public record Question(
    String id,
    QuestionType type,
    String text,
    String help,
    boolean required,
    boolean naAllowed,
    Optional<Condition> showWhen,
    TheNetPart thenet,
    AspireDomain aspire,
    ScoringRule rule) {

  /** Requires every part and a rule that fits the type. */
  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(showWhen, "showWhen");
    Objects.requireNonNull(thenet, "thenet");
    Objects.requireNonNull(aspire, "aspire");
    if (type.isScored() == rule instanceof NoScoring) {
      throw new IllegalArgumentException(
          "rule " + rule + " does not fit type " + type + " of " + id);
    }
  }

  /** The id of the modality the question belongs to: the part of its id before the first dot. */
  public String modalityId() {
    return id.substring(0, id.indexOf('.'));
  }
}
