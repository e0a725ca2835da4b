package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.socialmission.metrics.report.BenchmarkReport.TrendPoint;

/** The Trend sheet: the school's overall and modality scores in this cycle beside earlier ones. */
final class TrendSheet {

  static final String NAME = "Trend";

  private TrendSheet() {}

  static void write(Workbook workbook, BenchmarkReport report, Styles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Map<String, String> titles = report.measureTitles();
    List<String> header = new ArrayList<>(List.of("Cycle"));
    header.addAll(titles.values());
    Sheets.header(sheet, 0, styles.header, header.toArray(String[]::new));
    Sheets.centreFigureHeaders(sheet.getRow(0), 0, styles.headerCentred);
    int rowIndex = 1;
    for (TrendPoint point : report.trend()) {
      Row row = sheet.createRow(rowIndex++);
      Sheets.number(row, 0, Optional.of(BigDecimal.valueOf(point.cycle())), styles.wholeCentred);
      int column = 1;
      for (String measure : titles.keySet()) {
        Sheets.number(row, column++, point.scores().of(measure), styles.scoreCentred);
      }
    }
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, header.size() - 1));
    sheet.createFreezePane(1, 1);
    Sheets.widths(sheet, 8, 10, 13, 13, 13, 14, 14, 13, 14, 14);
    sheet.getRow(0).setHeightInPoints(45);
    Sheets.printSetup(sheet, 0);
  }
}
