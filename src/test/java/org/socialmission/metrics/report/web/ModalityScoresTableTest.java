package org.socialmission.metrics.report.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.assessment.web.ResultsView.ModalityRow;
import org.socialmission.metrics.platform.web.WrittenHtml;

class ModalityScoresTableTest {

  /** Phases as the plan gives them: debt management has none. */
  private final InsightBacking insight =
      new InsightBacking() {
        @Override
        public String phase(String modalityId) {
          return "debt".equals(modalityId) ? null : "leading";
        }
      };

  private String table() {
    return WrittenHtml.of(
        ModalityScoresTable::new,
        Map.of(
            "value",
            List.of(
                new ModalityRow("mission", "School mission", "87.5", "7", "8", List.of()),
                new ModalityRow("debt", "Debt management", "—", "0", "0", List.of())),
            "insight",
            insight));
  }

  @Test
  void showsEachModalitysScorePointsAndPhase() {
    assertTrue(
        table()
            .contains(
                "<tr><th scope=\"row\">School mission</th><td class=\"number score-mission\">87.5"
                    + "</td><td class=\"number\">7 / 8</td><td class=\"phase-mission\"><span"
                    + " class=\"phase phase-leading\">Leading</span></td></tr>"),
        table());
  }

  @Test
  void showsADashForAModalityWithoutPhase() {
    assertTrue(
        table()
            .contains("<td class=\"phase-debt\"><span class=\"phase phase-\">—</span></td></tr>"),
        table());
  }

  @Test
  void namesItsColumnsUnderItsCaption() {
    assertTrue(
        table()
            .startsWith(
                "<table id=\"modalityScores\" class=\"scores\"><caption>Scores by modality"
                    + "</caption><thead><tr><th scope=\"col\">"),
        table());
  }
}
