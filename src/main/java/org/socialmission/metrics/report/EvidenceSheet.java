package org.socialmission.metrics.report;

import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.socialmission.metrics.scoring.DataQuality;

/**
 * The Evidence sheet: every one of the school's own answers that carries a data-quality mark or
 * evidence, with both (what the school typed is kept literal). Never peers' marks or evidence.
 */
final class EvidenceSheet {

  static final String NAME = "Evidence";
  private static final Map<DataQuality, String> TITLES =
      Map.of(
          DataQuality.VERIFIED, "Verified",
          DataQuality.ESTIMATE, "Estimate",
          DataQuality.NOT_TRACKED, "Not tracked");

  private EvidenceSheet() {}

  static void write(Workbook workbook, BenchmarkReport report, Styles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Sheets.widths(sheet, 16, 48, 26, 12, 50);
    Sheets.text(Sheets.row(sheet, 0), 0, "Your answers with a mark or evidence", styles.title);
    Sheets.header(
        sheet, 1, styles.header, "Modality", "Question", "Your answer", "Data quality", "Evidence");
    int next = 2;
    Map<String, String> titles = report.measureTitles();
    for (EvidenceLine line : report.insights().evidence()) {
      Row row = Sheets.row(sheet, next++);
      Sheets.text(
          row, 0, titles.getOrDefault(line.modalityId(), line.modalityId()), styles.wrapped);
      Sheets.text(row, 1, line.question(), styles.wrapped);
      Sheets.text(row, 2, line.answer(), styles.literal);
      Sheets.text(row, 3, line.quality().map(TITLES::get).orElse("—"), styles.text);
      Sheets.text(row, 4, String.join("\n", line.evidence()), styles.literal);
      Sheets.fitHeight(row);
    }
    if (report.insights().evidence().isEmpty()) {
      Sheets.text(
          Sheets.row(sheet, next++), 0, "No answer carries a mark or evidence yet.", styles.note);
    }
    sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, next - 1), 0, 4));
    sheet.createFreezePane(0, 2);
    Sheets.printSetup(sheet, 1);
  }
}
