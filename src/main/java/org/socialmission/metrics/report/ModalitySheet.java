package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.socialmission.metrics.benchmark.AnswerProfile;
import org.socialmission.metrics.benchmark.AnswerProfile.Shares;
import org.socialmission.metrics.benchmark.AnswerProfile.Spread;
import org.socialmission.metrics.benchmark.AnswerProfile.Withheld;
import org.socialmission.metrics.report.ModalitySection.QuestionLine;

/**
 * One sheet per modality: each question with the school's answer (kept literal), points, maximum
 * and the peers' answers in aggregate. Sheet names are short ("4 Curriculum"); the full title heads
 * the sheet.
 */
final class ModalitySheet {

  private static final Map<String, String> SHORT_NAMES =
      Map.of(
          "mission",
          "Mission",
          "pipeline",
          "Pipeline",
          "admissions",
          "Admissions",
          "curriculum",
          "Curriculum",
          "clinical",
          "Clinical",
          "debt",
          "Debt",
          "mentoring",
          "Mentoring",
          "graduates",
          "Graduates");
  private static final int HEADER_ROW = 2;

  private ModalitySheet() {}

  static void write(Workbook workbook, ModalitySection section, int number, Styles styles) {
    String shortName = SHORT_NAMES.getOrDefault(section.modalityId(), section.title());
    Sheet sheet = workbook.createSheet(Sheets.sheetName(workbook, number + " " + shortName));
    String score =
        section
            .score()
            .map(s -> s.setScale(1, RoundingMode.HALF_UP).toPlainString())
            .orElse("none");
    Sheets.text(Sheets.row(sheet, 0), 0, number + ". " + section.title(), styles.title);
    Sheets.text(Sheets.row(sheet, 1), 0, "Your score: " + score + " of 100", styles.label);
    // Points and Max centred in columns wider than their figures, the peers' answers indented
    // behind a rule: no figure runs into the text beside it.
    Sheets.widths(sheet, 50, 34, 9, 9, 46);
    Row header = Sheets.row(sheet, HEADER_ROW);
    Sheets.text(header, 0, "Question", styles.header);
    Sheets.text(header, 1, "Your answer", styles.header);
    Sheets.text(header, 2, "Points", styles.headerCentred);
    Sheets.text(header, 3, "Max", styles.headerCentred);
    Sheets.text(header, 4, "Peers' answers", styles.header);
    int rowIndex = HEADER_ROW + 1;
    for (QuestionLine line : section.questions()) {
      Row row = Sheets.row(sheet, rowIndex++);
      Sheets.text(row, 0, line.text(), styles.wrapped);
      Sheets.text(row, 1, line.answer(), styles.literal);
      Sheets.number(row, 2, line.points(), styles.scoreCentred);
      Sheets.number(row, 3, line.max(), styles.scoreCentred);
      Sheets.text(row, 4, describe(line.peers()), styles.peers);
      Sheets.fitHeight(row);
    }
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, rowIndex - 1), 0, 4));
    sheet.createFreezePane(0, HEADER_ROW + 1);
    Sheets.printSetup(sheet, HEADER_ROW);
  }

  /** The peers' answers as one readable cell, e.g. "Yes 62% (n = 80)". */
  static String describe(AnswerProfile profile) {
    if (profile instanceof Shares shares) {
      String parts =
          shares.shares().stream()
              .map(s -> s.label() + ": " + s.percent().setScale(0, RoundingMode.HALF_UP) + "%")
              .collect(Collectors.joining("\n"));
      return parts + "\n(n = " + shares.n() + ")";
    }
    if (profile instanceof Spread spread) {
      return "P25 "
          + plain(spread.p25())
          + " · median "
          + plain(spread.median())
          + " · P75 "
          + plain(spread.p75())
          + " "
          + spread.unit()
          + " (n = "
          + spread.n()
          + ")";
    }
    return ((Withheld) profile).reason();
  }

  private static String plain(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
