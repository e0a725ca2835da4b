package org.socialmission.metrics.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One answer of a school to one question. Each kind fits one type of question: {@link YesNo} for
 * yesno, {@link Choice} for single, {@link Choices} for multiple, {@link Amount} for number and
 * percentage, {@link Text} for text; {@link NotApplicable} fits any question that allows it.
 */
public sealed interface Answer {

  /** A yes or no. */
  record YesNo(boolean yes) implements Answer {}

  /** The id of the one chosen option. */
  record Choice(String optionId) implements Answer {
    /** Requires an option id. */
    public Choice {
      Objects.requireNonNull(optionId, "optionId");
    }
  }

  /** The ids of the checked options; may be empty (nothing checked is an answer too). */
  record Choices(Set<String> optionIds) implements Answer {
    /** Freezes the ids. */
    public Choices {
      optionIds = Set.copyOf(optionIds);
    }
  }

  /** A number or a percentage (0–100), exact. */
  record Amount(BigDecimal value) implements Answer {
    /** Requires a value. */
    public Amount {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Free text: evidence or a comment. */
  record Text(String text) implements Answer {
    /** Requires text. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * "Not applicable to our school": removes the question's maximum where the question allows it.
   */
  record NotApplicable() implements Answer {}

  /** Yes. */
  static Answer yes() {
    return new YesNo(true);
  }

  /** No. */
  static Answer no() {
    return new YesNo(false);
  }

  /** The chosen option of a single-choice question. */
  static Answer choice(String optionId) {
    return new Choice(optionId);
  }

  /** The checked options of a checklist. */
  static Answer choices(String... optionIds) {
    return new Choices(Set.of(optionIds));
  }

  /** A number or percentage, written as a decimal, e.g. {@code "42.5"}. */
  static Answer amount(String value) {
    return new Amount(new BigDecimal(value));
  }

  /** Free text. */
  static Answer text(String text) {
    return new Text(text);
  }

  /** Not applicable. */
  static Answer notApplicable() {
    return new NotApplicable();
  }
}
