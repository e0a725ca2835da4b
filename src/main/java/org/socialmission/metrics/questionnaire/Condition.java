package org.socialmission.metrics.questionnaire;

import java.util.Objects;
import java.util.Set;

/**
 * When a question is shown: only if an earlier question has a given answer. A hidden question
 * counts nothing, neither points nor maximum.
 *
 * <p>{@link Test#EQUALS} applies to a yes/no question ({@code yes} or {@code no}) and to a
 * single-choice question (an option id); {@link Test#CONTAINS} applies to a checklist (an option id
 * that must be checked). The loader guarantees the target exists, comes earlier and fits the test.
 */
public record Condition(String questionId, Test test, String value) {

  /** How the target's answer is compared with {@link #value()}. */
  public enum Test {
    /** The answer is exactly the value. */
    EQUALS("equals"),
    /** The checked options include the value. */
    CONTAINS("contains");

    private final String key;

    Test(String key) {
      this.key = key;
    }

    /** The key used in questionnaire files. */
    public String key() {
      return key;
    }
  }

  /** Requires all parts. */
  public Condition {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(value, "value");
  }

  /** Whether a yes/no answer meets an {@code equals: yes|no} condition. */
  public boolean isMetBy(boolean yes) {
    return test == Test.EQUALS && value.equals(yes ? "yes" : "no");
  }

  /** Whether a single-choice answer meets an {@code equals} condition. */
  public boolean isMetBy(String optionId) {
    return test == Test.EQUALS && value.equals(optionId);
  }

  /** Whether checked options meet a {@code contains} condition. */
  public boolean isMetBy(Set<String> optionIds) {
    return test == Test.CONTAINS && optionIds.contains(value);
  }
}
