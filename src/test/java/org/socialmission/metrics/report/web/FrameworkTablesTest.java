package org.socialmission.metrics.report.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.platform.web.WrittenHtml;
import org.socialmission.metrics.report.FrameworkView;
import org.socialmission.metrics.scoring.Framework;

class FrameworkTablesTest {

  private static final String NOTE = "Peer medians are shown to the school's dean.";

  private static FrameworkView.Row row(Optional<BigDecimal> median) {
    return new FrameworkView.Row(
        "how-we-work",
        "How do we work?",
        new BigDecimal("12.50"),
        new BigDecimal("20.0"),
        Optional.of(new BigDecimal("62.5")),
        median);
  }

  private static String tables(FrameworkView... frameworks) {
    return WrittenHtml.of(FrameworkTables::new, Map.of("value", List.of(frameworks)));
  }

  @Test
  void showsEachPartsPointsScoreAndMedianUnderTheFrameworksName() {
    String html =
        tables(
            new FrameworkView(
                Framework.THENET,
                "Medicine",
                List.of(row(Optional.of(new BigDecimal("55.0")))),
                Optional.empty()));
    assertTrue(
        html.startsWith(
            "<div class=\"table-scroll\" tabindex=\"0\"><table id=\"framework-thenet\""
                + " class=\"scores framework\"><caption>THEnet evaluation framework</caption>"),
        html);
    assertTrue(
        html.contains(
            "<tr class=\"part-how-we-work\"><th scope=\"row\">How do we work?</th>"
                + "<td class=\"number points\">12.5 / 20</td><td class=\"number score\">62.5</td>"
                + "<td class=\"number median\">55.0</td></tr>"),
        html);
    assertFalse(html.contains("note"), html);
  }

  @Test
  void showsADashForMedianAndSaysWhyBelowTheTable() {
    String html =
        tables(
            new FrameworkView(
                Framework.THENET, "Medicine", List.of(row(Optional.empty())), Optional.of(NOTE)));
    assertTrue(html.contains("<td class=\"number median\">—</td>"), html);
    assertTrue(html.endsWith("</table><span class=\"muted note\">" + NOTE + "</span></div>"), html);
  }
}
