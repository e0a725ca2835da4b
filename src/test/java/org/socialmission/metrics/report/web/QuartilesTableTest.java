package org.socialmission.metrics.report.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.Comparison;
import org.socialmission.metrics.benchmark.Distribution;
import org.socialmission.metrics.benchmark.MeasureResult;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.benchmark.Standing;
import org.socialmission.metrics.platform.web.WrittenHtml;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.questionnaire.web.QuestionnairePreviewBacking;

class QuartilesTableTest {

  private static final String REASON = "Not shown: fewer than 5 peers have a score here.";

  private final QuestionnairePreviewBacking titles =
      new QuestionnairePreviewBacking() {
        @Override
        public String modalityTitle(String id, int version, String modalityId) {
          return id + " v" + version + " " + modalityId;
        }
      };

  private static Distribution peers(String median) {
    BigDecimal m = new BigDecimal(median);
    return new Distribution(12, BigDecimal.ZERO, BigDecimal.ZERO, m, m, BigDecimal.TEN.pow(2), m);
  }

  private String table(MeasureResult... measures) {
    return WrittenHtml.of(
        QuartilesTable::new,
        Map.of(
            "value",
            List.of(measures),
            "questionnaire",
            new QuestionnaireKey("medicine", 2),
            "titles",
            titles));
  }

  @Test
  void roundsTheFiguresOfACompareMeasureHalfUp() {
    var standing = new Standing(new BigDecimal("57.25"), new BigDecimal("62.5"), Quartile.SECOND);
    String html =
        table(
            new MeasureResult(
                "overall",
                Optional.of(new BigDecimal("57.25")),
                Optional.of(new Comparison(peers("48.05"), Optional.of(standing))),
                Optional.empty()));
    assertTrue(
        html.contains(
            "<tr class=\"measure-overall\"><th scope=\"row\">Overall score</th>"
                + "<td class=\"number\">57.3</td><td class=\"number\">48.1</td>"
                + "<td class=\"number\">63</td><td class=\"quartile\">Second</td></tr>"),
        html);
  }

  @Test
  void showsWhyASuppressedMeasureHasNoQuartile() {
    String html =
        table(
            new MeasureResult(
                "debt", Optional.of(new BigDecimal("40")), Optional.empty(), Optional.of(REASON)));
    assertTrue(
        html.contains(
            "<tr class=\"measure-debt\"><th scope=\"row\">medicine v2 debt</th>"
                + "<td class=\"number\">40.0</td><td class=\"number\">—</td>"
                + "<td class=\"number\">—</td><td class=\"quartile\">"
                + REASON
                + "</td></tr>"),
        html);
  }

  @Test
  void showsDashesWhereTheSchoolHasNoScore() {
    String html =
        table(
            new MeasureResult(
                "mentoring",
                Optional.empty(),
                Optional.of(new Comparison(peers("50"), Optional.empty())),
                Optional.empty()));
    assertTrue(
        html.contains(
            "<td class=\"number\">—</td><td class=\"number\">50.0</td>"
                + "<td class=\"number\">—</td><td class=\"quartile\">—</td>"),
        html);
  }
}
