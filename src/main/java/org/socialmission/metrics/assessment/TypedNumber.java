package org.socialmission.metrics.assessment;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number as a person types it in their locale: "1,200" and "1,200.5" in English, "1.200"
 * and "12,5" in German, "1 200" (spaces group thousands everywhere). What cannot be read one way
 * only is refused with the reader's own way of writing thousands and decimals, never guessed:
 * "12,5" in English could be 125 or 12.5. Units ("12.7 students"), letters and exponents ("1e3")
 * are refused too — the unit stands beside the box.
 *
 * <p>Stored values and CSV imports are read with {@link Locale#ROOT}: a point for decimals, commas
 * (or spaces) only between groups of three digits.
 */
final class TypedNumber {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(x\\d{3})*");

  private final String questionId;
  private final boolean percentage;
  private final Locale locale;
  private final char decimal;
  private final char grouping;

  TypedNumber(String questionId, boolean percentage, Locale locale) {
    this.questionId = questionId;
    this.percentage = percentage;
    this.locale = locale;
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    this.decimal = symbols.getDecimalSeparator();
    this.grouping =
        Character.isSpaceChar(symbols.getGroupingSeparator())
            ? ' '
            : symbols.getGroupingSeparator();
  }

  /**
   * The number typed.
   *
   * @throws InvalidAnswerException saying what was expected
   */
  BigDecimal read(String typed) {
    String text = typed.strip();
    if (percentage && text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    String sign = "";
    if (text.startsWith("-") || text.startsWith("+")) {
      sign = text.substring(0, 1).replace("+", "");
      text = text.substring(1);
    }
    if (text.isEmpty() || !text.chars().anyMatch(Character::isDigit)) {
      throw format();
    }
    if (text.chars().anyMatch(c -> Character.isLetter(c) || c == '%')) {
      throw new InvalidAnswerException(questionId, "answer.numberAlone", example("12.5"));
    }
    String normal =
        text.chars()
            .map(c -> Character.isSpaceChar(c) ? ' ' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    if (!normal.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == ' ')) {
      throw format();
    }
    int mark = normal.indexOf(decimal);
    if (mark != normal.lastIndexOf(decimal)) {
      throw unclear(typed);
    }
    String whole = mark < 0 ? normal : normal.substring(0, mark);
    String fraction = mark < 0 ? "" : normal.substring(mark + 1);
    if (!fraction.chars().allMatch(Character::isDigit) || (mark >= 0 && fraction.isEmpty())) {
      throw unclear(typed);
    }
    String digits = grouped(whole, typed);
    return new BigDecimal(sign + digits + (fraction.isEmpty() ? "" : "." + fraction));
  }

  /** The whole part without its group separators, if it holds only digits in groups of three. */
  private String grouped(String whole, String typed) {
    if (whole.chars().allMatch(Character::isDigit) && !whole.isEmpty()) {
      return whole;
    }
    String marked = whole.replace(grouping, 'x').replace(' ', 'x');
    if (!GROUPED.matcher(marked).matches()) {
      throw unclear(typed);
    }
    return marked.replace("x", "");
  }

  private InvalidAnswerException unclear(String typed) {
    return new InvalidAnswerException(
        questionId, "answer.numberUnclear", typed.strip(), example("1200"), example("12.5"));
  }

  private InvalidAnswerException format() {
    return new InvalidAnswerException(
        questionId, percentage ? "answer.percentageFormat" : "answer.numberFormat");
  }

  private String example(String value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(6);
    return format.format(new BigDecimal(value));
  }
}
