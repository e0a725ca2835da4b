package org.socialmission.metrics.questionnaire.web;

import java.math.BigDecimal;
import java.util.List;
import org.socialmission.metrics.questionnaire.Band;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.YesNoRule;

/**
 * How one question scores, in rows a page can list: "Yes → 2 points", "25 to under 50 % → 1 point",
 * and a note on caps. Free-text questions have no rows: they are evidence, not scored.
 *
 * @param rows what each possible answer earns, in the order of the file
 * @param note a remark on the rule as a whole (a cap on checklists), or null
 */
public record ScoringDescription(List<Row> rows, String note) {

  /** One possible answer and its points. */
  public record Row(String answer, BigDecimal points) {}

  /** Describes the rule of a question. */
  public static ScoringDescription of(Question question) {
    if (question.rule() instanceof YesNoRule r) {
      return new ScoringDescription(
          List.of(new Row("Yes", r.yesPoints()), new Row("No", r.noPoints())), null);
    }
    if (question.rule() instanceof ChoiceRule r) {
      return choices(r);
    }
    if (question.rule() instanceof BandRule r) {
      return new ScoringDescription(
          r.bands().stream().map(b -> new Row(range(b, r), b.points())).toList(), null);
    }
    return new ScoringDescription(
        List.of(), "Not scored: evidence and comments for the reviewers.");
  }

  private static ScoringDescription choices(ChoiceRule rule) {
    var rows = rule.options().stream().map(o -> new Row(o.label(), o.points())).toList();
    String note =
        rule.multiple()
            ? "Points of all ticked options are added up, to at most "
                + rule.maxPoints().stripTrailingZeros().toPlainString()
                + "."
            : null;
    return new ScoringDescription(rows, note);
  }

  private static String range(Band band, BandRule rule) {
    String unit = rule.unit() == null || rule.unit().isBlank() ? "" : " " + rule.unit();
    String from = band.from().stripTrailingZeros().toPlainString();
    return band.to()
        .map(
            to ->
                isLastClosed(band, rule)
                    ? from + " to " + to.stripTrailingZeros().toPlainString() + unit
                    : from + " to under " + to.stripTrailingZeros().toPlainString() + unit)
        .orElse(from + unit + " or more");
  }

  /** The last band ends exactly at the maximum and, unlike the others, includes it. */
  private static boolean isLastClosed(Band band, BandRule rule) {
    return band.equals(rule.bands().get(rule.bands().size() - 1)) && rule.max().isPresent();
  }
}
