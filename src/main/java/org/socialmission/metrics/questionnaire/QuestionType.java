package org.socialmission.metrics.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kind of answer a question takes; every type but {@link #TEXT} is scored. */
public enum QuestionType {
  /** Yes or no. */
  YESNO("yesno"),
  /** One option of a list. */
  SINGLE("single"),
  /** Any options of a checklist. */
  MULTIPLE("multiple"),
  /** A number, with a unit and optional bounds. */
  NUMBER("number"),
  /** A percentage from 0 to 100. */
  PERCENTAGE("percentage"),
  /** Free text: evidence or comments, never scored. */
  TEXT("text");

  private final String code;

  QuestionType(String code) {
    this.code = code;
  }

  /** The code used in questionnaire files, e.g. {@code yesno}. */
  public String code() {
    return code;
  }

  /** Whether answers of this type give points. */
  public boolean isScored() {
    return this != TEXT;
  }

  /** The type with this code, if any. */
  public static Optional<QuestionType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
