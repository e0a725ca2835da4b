package org.socialmission.metrics.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.socialmission.metrics.assessment.AnswerInput;
import org.socialmission.metrics.assessment.InvalidAnswerException;
import org.socialmission.metrics.assessment.ProvenanceChange;

/**
 * Reads the {@code quality} and {@code evidence} of an answer entry: a mark ({@code verified},
 * {@code estimate}, {@code not-tracked}; {@code null} for none) and an array of document names and
 * links ({@code []} for none). A key left out leaves what is stored.
 */
final class ProvenanceJson {

  private ProvenanceJson() {}

  /**
   * The input with the entry's mark and evidence, if it names any.
   *
   * @throws InvalidAnswerException for a mark that is not a string or not known, or evidence that
   *     is not an array of strings or breaks the rules of {@link
   *     org.socialmission.metrics.assessment.Provenance}
   */
  static AnswerInput read(JsonObject entry, AnswerInput input) {
    boolean setsQuality = entry.containsKey("quality");
    boolean setsEvidence = entry.containsKey("evidence");
    if (!setsQuality && !setsEvidence) {
      return input;
    }
    return input.with(
        ProvenanceChange.of(
            input.questionId(),
            setsQuality,
            setsQuality ? quality(input.questionId(), entry.get("quality")) : null,
            setsEvidence,
            setsEvidence ? evidence(input.questionId(), entry.get("evidence")) : List.of()));
  }

  private static String quality(String questionId, JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text && !text.getString().isBlank()) {
      return text.getString();
    }
    if (value instanceof JsonString blank) {
      throw new InvalidAnswerException(questionId, "answer.quality.unknown", blank.getString());
    }
    throw new InvalidAnswerException(questionId, "api.answer.quality");
  }

  private static List<String> evidence(String questionId, JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY
        && value.asJsonArray().stream().allMatch(JsonString.class::isInstance)) {
      return value.asJsonArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
    throw new InvalidAnswerException(questionId, "api.answer.evidence");
  }
}
