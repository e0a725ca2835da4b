package org.socialmission.metrics.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.socialmission.metrics.report.BenchmarkReport.MethodNote;

/**
 * The Method sheet: which benchmark release the peer figures come from, and how scores, peer
 * groups, statistics and anonymity work.
 */
final class MethodSheet {

  static final String NAME = "Method";

  private static final float MIN_ROW_POINTS = 22;

  private MethodSheet() {}

  static void write(Workbook workbook, BenchmarkReport report, Styles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Sheets.text(Sheets.row(sheet, 0), 0, "How this workbook was made", styles.title);
    Sheets.widths(sheet, 20, 100);
    int rowIndex = 2;
    for (MethodNote note : report.method()) {
      Row row = sheet.createRow(rowIndex++);
      Sheets.text(row, 0, note.heading(), styles.label);
      Sheets.text(row, 1, note.text(), styles.wrapped);
      Sheets.fitHeight(row);
      // A one-line note still leaves room for its bold heading and a gap to the next.
      row.setHeightInPoints(Math.max(row.getHeightInPoints(), MIN_ROW_POINTS));
    }
    Row release = sheet.createRow(rowIndex);
    Sheets.text(release, 0, "Release", styles.label);
    Sheets.text(release, 1, report.releaseText(), styles.text);
    sheet.createFreezePane(0, 1);
    Sheets.printSetup(sheet, 0);
  }
}
