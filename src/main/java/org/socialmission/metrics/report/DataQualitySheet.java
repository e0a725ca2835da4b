package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.QualityShares;

/**
 * The Data quality sheet: per modality the share of the school's points from answers marked
 * verified, estimate or not tracked, and not marked. The school's own marks only, never peers'.
 */
final class DataQualitySheet {

  static final String NAME = "Data quality";

  private DataQualitySheet() {}

  static void write(Workbook workbook, BenchmarkReport report, Styles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Sheets.widths(sheet, 40, 9, 12, 12, 13, 13);
    Sheets.text(Sheets.row(sheet, 0), 0, "Data quality of your answers", styles.title);
    Row intro = Sheets.row(sheet, 1);
    Sheets.text(
        intro,
        0,
        "Share of each modality's points from answers marked verified (from records), estimate or"
            + " not tracked. Marks never change a score; peers never see them.",
        styles.note);
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
    intro.setHeightInPoints(30);
    Sheets.header(
        sheet,
        3,
        styles.header,
        "Modality",
        "Points",
        "Verified %",
        "Estimate %",
        "Not tracked %",
        "Not marked %");
    int next = 4;
    Optional<QualityShares> shares = report.insights().quality();
    Map<String, String> titles = report.measureTitles();
    if (shares.isPresent()) {
      for (QualityShares.Row row : shares.get().modalities()) {
        share(Sheets.row(sheet, next++), titles.getOrDefault(row.id(), row.id()), row, styles);
      }
      share(Sheets.row(sheet, next++), "All modalities", shares.get().overall(), styles);
    }
    sheet.createFreezePane(0, 4);
    Sheets.printSetup(sheet, 3);
  }

  private static void share(Row row, String title, QualityShares.Row shares, Styles styles) {
    Sheets.text(row, 0, title, styles.text);
    Sheets.number(row, 1, Optional.of(shares.points()), styles.score);
    int column = 2;
    for (DataQuality mark : DataQuality.values()) {
      Sheets.number(row, column++, shares.percent(mark), styles.whole);
    }
    Sheets.number(
        row,
        column,
        shares.points().signum() == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(100)
                    .subtract(
                        shares
                            .percent(DataQuality.VERIFIED)
                            .orElseThrow()
                            .add(shares.percent(DataQuality.ESTIMATE).orElseThrow())
                            .add(shares.percent(DataQuality.NOT_TRACKED).orElseThrow()))
                    .max(BigDecimal.ZERO)),
        styles.whole);
  }
}
