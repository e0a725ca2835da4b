package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One of the eight modalities of social mission, with its weight in the overall score and its
 * questions in the order they are asked.
 *
 * <p>Invariants: the id is one of {@link #IDS}; the weight is positive; question ids start with the
 * modality id and a dot.
 */
public record Modality(
    String id, String title, String description, BigDecimal weight, List<Question> questions) {

  /** The ids of the eight modalities, in the order every questionnaire lists them. */
  public static final List<String> IDS =
      List.of(
          "mission",
          "pipeline",
          "admissions",
          "curriculum",
          "clinical",
          "debt",
          "mentoring",
          "graduates");

  /** Checks the invariants and freezes the questions. */
  public Modality {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException("unknown modality " + id);
    }
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
    questions = List.copyOf(questions);
    questions.stream()
        .filter(q -> !q.id().startsWith(id + "."))
        .findAny()
        .ifPresent(
            q -> {
              throw new IllegalArgumentException(
                  "question " + q.id() + " is not in modality " + id);
            });
  }

  /** The number of questions that give points. */
  public long scoredQuestionCount() {
    return questions.stream().filter(q -> q.type().isScored()).count();
  }
}
