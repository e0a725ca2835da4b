package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.questionnaire.Phase;
import org.socialmission.metrics.questionnaire.Resource;
import org.socialmission.metrics.report.NextSteps.ModalityStanding;
import org.socialmission.metrics.report.NextSteps.QuestionStep;
import org.socialmission.metrics.report.NextSteps.Step;

/**
 * The Next steps sheet: every modality's score, quartile and developmental phase, then for the
 * weakest modalities the questions with the most points left, each with its public resources (title
 * and link), and the modality's own resources.
 */
final class NextStepsSheet {

  static final String NAME = "Next steps";
  private static final int HEADER_ROW = 3;

  private NextStepsSheet() {}

  static void write(Workbook workbook, NextSteps plan, Styles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Sheets.widths(sheet, 52, 9, 9, 11, 60);
    Sheets.text(Sheets.row(sheet, 0), 0, "Next steps", styles.title);
    Row intro = Sheets.row(sheet, 1);
    Sheets.text(
        intro,
        0,
        "Where to start: the weakest modalities (lowest quartile first, then lowest score) and in"
            + " each the questions with the most points left, with public resources. The phase of"
            + " a modality follows its score (beginning, developing, established, leading).",
        styles.note);
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
    intro.setHeightInPoints(45);
    Sheets.header(sheet, HEADER_ROW, styles.header, "Modality", "Score", "Quartile", "Phase", "");
    int next = HEADER_ROW + 1;
    for (ModalityStanding standing : plan.modalities()) {
      Row row = Sheets.row(sheet, next++);
      Sheets.text(row, 0, standing.title(), styles.text);
      Sheets.number(row, 1, standing.score(), styles.score);
      Sheets.text(row, 2, standing.quartile().map(Quartile::label).orElse("—"), styles.text);
      Sheets.text(row, 3, standing.phase().map(NextStepsSheet::phase).orElse("—"), styles.text);
    }
    next++;
    int number = 1;
    for (Step step : plan.steps()) {
      next = step(sheet, step, number++, next, styles) + 1;
    }
    if (plan.steps().isEmpty()) {
      Sheets.text(
          Sheets.row(sheet, next), 0, "No next steps: no modality has points left.", styles.note);
    }
    // No frozen or repeated table header: the steps below have headers of their own.
    Sheets.printSetup(sheet, 0);
  }

  private static int step(Sheet sheet, Step step, int number, int first, Styles styles) {
    ModalityStanding m = step.modality();
    String heading =
        number
            + ". "
            + m.title()
            + " — score "
            + m.score().map(BigDecimal::toPlainString).orElse("none")
            + m.quartile()
                .map(q -> ", " + q.label().toLowerCase(Locale.ROOT) + " quartile")
                .orElse("")
            + m.phase().map(p -> ", " + p.code()).orElse("");
    Sheets.text(Sheets.row(sheet, first), 0, heading, styles.label);
    Sheets.header(
        sheet, first + 1, styles.header, "Question", "Points", "Max", "Points left", "Resources");
    int next = first + 2;
    for (QuestionStep question : step.questions()) {
      Row row = Sheets.row(sheet, next++);
      Sheets.text(row, 0, question.text(), styles.wrapped);
      Sheets.number(row, 1, Optional.of(question.points()), styles.score);
      Sheets.number(row, 2, Optional.of(question.max()), styles.score);
      Sheets.number(row, 3, Optional.of(question.pointsLeft()), styles.score);
      Sheets.text(row, 4, resources(question.resources()), styles.wrapped);
      Sheets.fitHeight(row);
    }
    if (!step.resources().isEmpty()) {
      Row row = Sheets.row(sheet, next++);
      Sheets.text(row, 0, "Resources for this modality", styles.label);
      Sheets.text(row, 4, resources(step.resources()), styles.wrapped);
      Sheets.fitHeight(row);
    }
    return next;
  }

  static String resources(List<Resource> resources) {
    return resources.isEmpty()
        ? "—"
        : resources.stream().map(r -> r.title() + "\n" + r.url()).collect(Collectors.joining("\n"));
  }

  private static String phase(Phase phase) {
    String code = phase.code();
    return Character.toUpperCase(code.charAt(0)) + code.substring(1);
  }
}
