package org.socialmission.metrics.questionnaire.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.socialmission.metrics.platform.Message;
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

  /** Describes the rule of a question, its fixed words in this locale. */
  public static ScoringDescription of(Question question, Locale locale) {
    if (question.rule() instanceof YesNoRule r) {
      return new ScoringDescription(
          List.of(
              new Row(Message.of("answer.yes").in(locale), r.yesPoints()),
              new Row(Message.of("answer.no").in(locale), r.noPoints())),
          null);
    }
    if (question.rule() instanceof ChoiceRule r) {
      return choices(r, locale);
    }
    if (question.rule() instanceof BandRule r) {
      return new ScoringDescription(
          r.bands().stream().map(b -> new Row(range(b, r).in(locale), b.points())).toList(), null);
    }
    return new ScoringDescription(List.of(), Message.of("questionnaires.notScored").in(locale));
  }

  private static ScoringDescription choices(ChoiceRule rule, Locale locale) {
    var rows = rule.options().stream().map(o -> new Row(o.label(), o.points())).toList();
    String note =
        rule.multiple()
            ? Message.of("questionnaires.cap", plain(rule.maxPoints())).in(locale)
            : null;
    return new ScoringDescription(rows, note);
  }

  private static Message range(Band band, BandRule rule) {
    String unit = rule.unit() == null || rule.unit().isBlank() ? "" : " " + rule.unit();
    String from = plain(band.from());
    return band.to()
        .map(
            to ->
                Message.of(
                    isLastClosed(band, rule)
                        ? "questionnaires.band.to"
                        : "questionnaires.band.under",
                    from,
                    plain(to),
                    unit))
        .orElse(Message.of("questionnaires.band.atLeast", from, unit));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** The last band ends exactly at the maximum and, unlike the others, includes it. */
  private static boolean isLastClosed(Band band, BandRule rule) {
    return band.equals(rule.bands().get(rule.bands().size() - 1)) && rule.max().isPresent();
  }
}
