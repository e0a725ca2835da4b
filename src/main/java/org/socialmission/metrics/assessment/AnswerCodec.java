package org.socialmission.metrics.assessment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.StorableText;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.scoring.Answer;

/**
 * Converts between the text form of an answer (what forms submit, what the database stores, what
 * CSV imports hold) and a scoring {@link Answer}, checking it against its question.
 *
 * <p>Text forms: {@code yes}/{@code no}; an option id; option ids joined by {@code |} (empty for
 * "none of these", an answer that scores zero; a checklist nobody answered has no value at all); a
 * decimal number ({@code 12.5}; commas or spaces only between thousands, never as the decimal mark,
 * no exponents or units, see {@link TypedNumber}); any text. Not applicable is stored apart, as a
 * flag. What people type in the wizard is read in their own locale ({@link #parse(Question, String,
 * Locale)}).
 */
public final class AnswerCodec {

  /** Longest free-text answer, in characters. */
  public static final int MAX_TEXT = 10_000;

  /**
   * Numbers and percentages stay below this, whatever a questionnaire allows: no count, hour or
   * dollar amount a school reports comes near it, and every stored number stays short.
   */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  /** Most decimal places a number or percentage may have. */
  public static final int MAX_DECIMALS = 6;

  /** Longest typed number read at all (digits, sign, decimal mark, exponent). */
  private static final int MAX_NUMBER_TEXT = 40;

  private AnswerCodec() {}

  /**
   * Reads a text form.
   *
   * @throws InvalidAnswerException with a message a person can act on
   */
  public static Answer parse(Question question, String raw) {
    return parse(question, raw, Locale.ROOT);
  }

  /**
   * Reads what a person typed, numbers in their locale: "1,200" is 1200 in English, "12,5" is 12.5
   * in German and refused in English as unclear.
   *
   * @throws InvalidAnswerException with a message a person can act on
   */
  public static Answer parse(Question question, String raw, Locale locale) {
    String value = raw == null ? "" : raw.strip();
    return switch (question.type()) {
      case YESNO -> yesNo(question, value);
      case SINGLE -> choice(question, value);
      case MULTIPLE -> choices(question, value);
      case NUMBER, PERCENTAGE -> amount(question, value, locale);
      case TEXT -> text(question, raw == null ? "" : raw);
    };
  }

  /** Checks that the question may be marked not applicable. */
  public static Answer notApplicable(Question question) {
    if (!question.naAllowed()) {
      throw new InvalidAnswerException(question.id(), "answer.notApplicableRefused");
    }
    return new Answer.NotApplicable();
  }

  /** The text form of an answer; null for not applicable. */
  public static String format(Answer answer) {
    if (answer instanceof Answer.YesNo a) {
      return a.yes() ? "yes" : "no";
    }
    if (answer instanceof Answer.Choice a) {
      return a.optionId();
    }
    if (answer instanceof Answer.Choices a) {
      return a.optionIds().stream().sorted().collect(Collectors.joining("|"));
    }
    if (answer instanceof Answer.Amount a) {
      return a.value().stripTrailingZeros().toPlainString();
    }
    if (answer instanceof Answer.Text a) {
      return a.text();
    }
    return null;
  }

  /**
   * How a person reads the answer, in this locale: "Yes", option labels, "12.5 students", the text.
   * Option labels, units and texts are the questionnaire's and the school's own words.
   */
  public static String display(Question question, Answer answer, Locale locale) {
    if (answer instanceof Answer.NotApplicable) {
      return Message.of("answer.shown.notApplicable").in(locale);
    }
    if (answer instanceof Answer.YesNo a) {
      return Message.of(a.yes() ? "answer.yes" : "answer.no").in(locale);
    }
    if (answer instanceof Answer.Choice a) {
      return label(question, a.optionId());
    }
    if (answer instanceof Answer.Choices a) {
      return a.optionIds().isEmpty()
          ? Message.of("answer.shown.none").in(locale)
          : options(question).stream()
              .filter(o -> a.optionIds().contains(o.id()))
              .map(Option::label)
              .collect(Collectors.joining(", "));
    }
    if (answer instanceof Answer.Amount a) {
      return a.value().stripTrailingZeros().toPlainString() + unit(question);
    }
    return ((Answer.Text) answer).text();
  }

  /**
   * A stored answer as a person reads it: "Not applicable", "(no answer)", or {@link #display}; a
   * value that no longer fits the question is shown as stored.
   */
  public static String describe(
      Question question, String value, boolean notApplicable, Locale locale) {
    if (notApplicable) {
      return Message.of("answer.shown.notApplicable").in(locale);
    }
    if (value == null) {
      return Message.of("answer.shown.empty").in(locale);
    }
    try {
      return display(question, parse(question, value), locale);
    } catch (InvalidAnswerException stale) {
      return value;
    }
  }

  private static Answer yesNo(Question question, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> Answer.yes();
      case "no", "false" -> Answer.no();
      default -> throw new InvalidAnswerException(question.id(), "answer.chooseYesNo");
    };
  }

  private static Answer choice(Question question, String value) {
    if (options(question).stream().noneMatch(o -> o.id().equals(value))) {
      throw new InvalidAnswerException(question.id(), "answer.chooseOption");
    }
    return Answer.choice(value);
  }

  private static Answer choices(Question question, String value) {
    Set<String> ids =
        value.isEmpty()
            ? Set.of()
            : Arrays.stream(value.split("\\|"))
                .map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> known = options(question).stream().map(Option::id).collect(Collectors.toSet());
    if (!known.containsAll(ids)) {
      throw new InvalidAnswerException(question.id(), "answer.tickListed");
    }
    return new Answer.Choices(ids);
  }

  private static Answer amount(Question question, String value, Locale locale) {
    boolean percentage = question.type() == QuestionType.PERCENTAGE;
    if (value.length() > MAX_NUMBER_TEXT) {
      throw new InvalidAnswerException(
          question.id(), percentage ? "answer.percentageFormat" : "answer.numberFormat");
    }
    BigDecimal number = new TypedNumber(question.id(), percentage, locale).read(value);
    return new Answer.Amount(bounded(question, number));
  }

  /**
   * The number, if its question allows it: within the question's range and below {@link
   * #MAX_AMOUNT}, with at most {@link #MAX_DECIMALS} decimal places. Decided from the number's
   * scale and precision before any arithmetic, so {@code 1e50000000} costs nothing.
   *
   * @throws InvalidAnswerException saying which range or how many decimals
   */
  public static BigDecimal bounded(Question question, BigDecimal number) {
    BandRule rule = (BandRule) question.rule();
    if (number.precision() - number.scale() > MAX_AMOUNT.precision()
        || number.abs().compareTo(MAX_AMOUNT) >= 0) {
      throw rule.max().isPresent() || question.type() == QuestionType.PERCENTAGE
          ? outOfRange(question, rule)
          : new InvalidAnswerException(
              question.id(), "answer.numberTooLarge", MAX_AMOUNT.toPlainString(), unit(question));
    }
    if (number.scale() > MAX_DECIMALS && number.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new InvalidAnswerException(question.id(), "answer.numberDecimals", MAX_DECIMALS);
    }
    if (!rule.allows(number)) {
      throw outOfRange(question, rule);
    }
    return number;
  }

  private static InvalidAnswerException outOfRange(Question question, BandRule rule) {
    if (question.type() == QuestionType.PERCENTAGE) {
      return new InvalidAnswerException(question.id(), "answer.percentageRange");
    }
    String min = rule.min().stripTrailingZeros().toPlainString();
    return rule.max()
        .map(
            max ->
                new InvalidAnswerException(
                    question.id(),
                    "answer.numberRange",
                    min,
                    max.stripTrailingZeros().toPlainString(),
                    unit(question)))
        .orElseGet(
            () ->
                new InvalidAnswerException(question.id(), "answer.numberMin", min, unit(question)));
  }

  private static Answer text(Question question, String value) {
    if (value.length() > MAX_TEXT) {
      throw new InvalidAnswerException(question.id(), "answer.textTooLong", MAX_TEXT);
    }
    StorableText.problem(value)
        .ifPresent(
            problem -> {
              throw new InvalidAnswerException(question.id(), problem);
            });
    return Answer.text(value);
  }

  private static List<Option> options(Question question) {
    return ((ChoiceRule) question.rule()).options();
  }

  private static String label(Question question, String optionId) {
    return options(question).stream()
        .filter(o -> o.id().equals(optionId))
        .map(Option::label)
        .findFirst()
        .orElse(optionId);
  }

  private static String unit(Question question) {
    return question.rule() instanceof BandRule r && r.unit() != null && !r.unit().isBlank()
        ? (r.unit().equals("%") ? "%" : " " + r.unit())
        : "";
  }
}
