package org.socialmission.metrics.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AnswerInput;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.assessment.InvalidAnswerException;
import org.socialmission.metrics.assessment.MissingAnswer;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.ModalityScore;
import org.socialmission.metrics.scoring.Ratio;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * The JSON shapes of assessments in the API, and the conversion between typed JSON answer values
 * and {@link AnswerCodec}'s text forms.
 *
 * <p>Answer values are typed by question type: a boolean for yes/no, an option id (string) for a
 * single choice, an array of option ids for a checklist, a number for numbers and percentages, a
 * string for text. A not-applicable answer has {@code notApplicable: true} and no value. Times are
 * UTC.
 */
public final class AssessmentJson {

  private AssessmentJson() {}

  /** A whole assessment; {@code submittedAt}/{@code submittedBy} only once submitted. */
  public record Document(
      String school,
      int cycle,
      AssessmentState state,
      QuestionnaireRef questionnaire,
      long revision,
      OffsetDateTime updatedAt,
      OffsetDateTime submittedAt,
      String submittedBy,
      List<AnswerJson> answers) {}

  /** The questionnaire version an assessment is answered on. */
  public record QuestionnaireRef(String id, int version) {}

  /**
   * A stored answer; {@code value} is absent when {@code notApplicable}; {@code quality} (verified,
   * estimate, not-tracked) absent when not marked; {@code evidence} document names and links.
   * {@code carried} says that it was carried over from the school's earlier cycle {@code
   * carriedFrom} and nobody of the team confirmed or changed it yet (saving the same value confirms
   * it); {@code carriedFrom} is absent otherwise.
   */
  public record AnswerJson(
      String question,
      Object value,
      boolean notApplicable,
      String updatedBy,
      OffsetDateTime updatedAt,
      String quality,
      List<String> evidence,
      boolean carried,
      Integer carriedFrom) {}

  /** What carrying last cycle's answers did, and the assessment as it is now. */
  public record CarriedJson(int fromCycle, int carried, int skipped, Document assessment) {}

  /**
   * One entry of a batch to save: a value, or {@code notApplicable: true}; optionally {@code
   * quality} and {@code evidence}, which stay as stored when left out ({@code null} and {@code []}
   * clear them).
   */
  public record AnswerEntry(
      String question,
      Object value,
      Boolean notApplicable,
      String quality,
      List<String> evidence) {}

  /**
   * Scores rounded half up to one decimal; {@code overall} is null when no modality has a score.
   */
  public record Scores(@JsonbNillable BigDecimal overall, List<ModalityScoreJson> modalities) {}

  /**
   * One modality's result; {@code score} is null when nothing in it can score (all not applicable
   * or hidden).
   */
  public record ModalityScoreJson(
      String id,
      String title,
      @JsonbNillable BigDecimal score,
      BigDecimal points,
      BigDecimal max,
      int answeredRequired,
      int required) {}

  /** A required question still unanswered. */
  public record MissingJson(String modality, String question, String text) {}

  public static Document document(AssessmentSnapshot snapshot, Questionnaire questionnaire) {
    return new Document(
        snapshot.schoolCode(),
        snapshot.cycle(),
        snapshot.state(),
        new QuestionnaireRef(snapshot.questionnaire().id(), snapshot.questionnaire().version()),
        snapshot.revision(),
        utc(snapshot.updatedAt()),
        utc(snapshot.submittedAt()),
        snapshot.submittedBy(),
        answers(snapshot, questionnaire));
  }

  public static Scores scores(ScoreCard card, Questionnaire questionnaire) {
    List<ModalityScoreJson> modalities =
        card.modalities().stream()
            .map(m -> modalityScore(m, questionnaire.modality(m.modalityId())))
            .toList();
    return new Scores(card.overall().map(AssessmentJson::rounded).orElse(null), modalities);
  }

  public static List<MissingJson> missing(List<MissingAnswer> missing) {
    return missing.stream()
        .map(m -> new MissingJson(m.modalityId(), m.questionId(), m.text()))
        .toList();
  }

  /**
   * Reads one entry of a batch into the codec's text form; the service then checks the value
   * against its question.
   *
   * @throws InvalidAnswerException for an entry that is not an object or names no question, an
   *     unknown question, or a value of the wrong JSON type for its question
   */
  public static AnswerInput input(JsonValue entry, Questionnaire questionnaire) {
    if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidAnswerException(null, "api.answer.notAnObject");
    }
    JsonObject object = entry.asJsonObject();
    String id = object.get("question") instanceof JsonString s ? s.getString() : null;
    if (id == null) {
      throw new InvalidAnswerException(null, "api.answer.noQuestion");
    }
    Question question =
        questionnaire
            .question(id)
            .orElseThrow(() -> new InvalidAnswerException(id, "assessment.unknownQuestion", id));
    if (object.get("notApplicable") == JsonValue.TRUE) {
      return ProvenanceJson.read(object, new AnswerInput(id, null, true));
    }
    return ProvenanceJson.read(
        object,
        new AnswerInput(id, text(question, object.getOrDefault("value", JsonValue.NULL)), false));
  }

  /**
   * The codec's text form of a typed JSON value, or why the JSON type does not fit the question.
   */
  static String text(Question question, JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      throw new InvalidAnswerException(question.id(), "api.answer.noValue");
    }
    return switch (question.type()) {
      case YESNO -> yesNo(question, value);
      case SINGLE, TEXT -> string(question, value);
      case MULTIPLE -> ids(question, value);
      case NUMBER, PERCENTAGE -> number(question, value);
    };
  }

  private static String yesNo(Question question, JsonValue value) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE ? "yes" : "no";
    }
    throw new InvalidAnswerException(question.id(), "api.answer.boolean");
  }

  private static String string(Question question, JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidAnswerException(
        question.id(),
        question.type() == QuestionType.SINGLE ? "api.answer.optionId" : "api.answer.string");
  }

  private static String ids(Question question, JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.ARRAY
        && value.asJsonArray().stream().allMatch(JsonString.class::isInstance)) {
      return value.asJsonArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .collect(Collectors.joining("|"));
    }
    throw new InvalidAnswerException(question.id(), "api.answer.optionIds");
  }

  /**
   * A JSON number as the codec's text, bounded first: {@link AnswerCodec#bounded} decides from
   * scale and precision, so a short {@code 1e50000000} is refused before it is ever written out.
   */
  private static String number(Question question, JsonValue value) {
    if (value instanceof JsonNumber n) {
      BigDecimal number;
      try {
        number = n.bigDecimalValue();
      } catch (NumberFormatException | ArithmeticException | JsonException tooLong) {
        throw new InvalidAnswerException(question.id(), "answer.numberFormat");
      }
      return AnswerCodec.bounded(question, number).toPlainString();
    }
    throw new InvalidAnswerException(question.id(), "api.answer.number");
  }

  private static List<AnswerJson> answers(
      AssessmentSnapshot snapshot, Questionnaire questionnaire) {
    List<String> order = questionnaire.questions().stream().map(Question::id).toList();
    List<AnswerView> views = new ArrayList<>(snapshot.answers().values());
    views.sort(
        Comparator.comparingInt((AnswerView v) -> position(order, v.questionId()))
            .thenComparing(AnswerView::questionId));
    return views.stream()
        .filter(v -> v.notApplicable() || v.value() != null)
        .map(v -> answer(v, questionnaire))
        .toList();
  }

  private static int position(List<String> order, String questionId) {
    int index = order.indexOf(questionId);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static AnswerJson answer(AnswerView view, Questionnaire questionnaire) {
    Object value =
        view.notApplicable() || view.value() == null
            ? null
            : questionnaire
                .question(view.questionId())
                .map(q -> typed(q, view.value()))
                .orElse(view.value());
    return new AnswerJson(
        view.questionId(),
        value,
        view.notApplicable(),
        view.updatedBy(),
        utc(view.updatedAt()),
        view.provenance().mark().map(q -> q.code()).orElse(null),
        view.provenance().evidence(),
        view.isCarried(),
        view.carriedFrom());
  }

  /** The stored text form as a typed value; text that no longer parses stays a string. */
  private static Object typed(Question question, String value) {
    try {
      AnswerCodec.parse(question, value);
    } catch (InvalidAnswerException stale) {
      return value;
    }
    return switch (question.type()) {
      case YESNO -> "yes".equals(value);
      case SINGLE, TEXT -> value;
      case MULTIPLE -> value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
      case NUMBER, PERCENTAGE -> new BigDecimal(value);
    };
  }

  private static ModalityScoreJson modalityScore(ModalityScore score, Modality modality) {
    return new ModalityScoreJson(
        score.modalityId(),
        modality.title(),
        score.score().map(AssessmentJson::rounded).orElse(null),
        score.points(),
        score.max(),
        score.answeredRequired(),
        score.required());
  }

  private static BigDecimal rounded(Ratio ratio) {
    return ratio.rounded(1);
  }

  private static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
