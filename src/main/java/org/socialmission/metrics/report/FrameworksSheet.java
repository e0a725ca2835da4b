package org.socialmission.metrics.report;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The Frameworks sheet: the school's points read through THEnet's four parts and ASPIRE's four
 * domains — points, applicable maximum, score, and the peer group's median score per part when the
 * group is reportable.
 */
final class FrameworksSheet {

  static final String NAME = "Frameworks";

  private FrameworksSheet() {}

  static void write(Workbook workbook, List<FrameworkView> views, Styles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Sheets.widths(sheet, 44, 9, 9, 9, 12, 50);
    Sheets.text(Sheets.row(sheet, 0), 0, "Through other frameworks", styles.title);
    Row intro = Sheets.row(sheet, 1);
    Sheets.text(
        intro,
        0,
        "Every question is tagged with one THEnet part and one ASPIRE domain, so each framework's"
            + " parts add up to your points.",
        styles.note);
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
    intro.setHeightInPoints(30);
    int next = 3;
    for (FrameworkView view : views) {
      String name =
          view.framework().code().equals("thenet")
              ? "THEnet evaluation framework"
              : "ASPIRE social accountability criteria";
      Sheets.text(
          Sheets.row(sheet, next++),
          0,
          name + (view.peerGroup().isEmpty() ? "" : " — peers: " + view.peerGroup()),
          styles.label);
      Sheets.header(
          sheet, next++, styles.header, "Part", "Points", "Max", "Score", "Peer median", "Note");
      for (FrameworkView.Row part : view.rows()) {
        Row row = Sheets.row(sheet, next++);
        Sheets.text(row, 0, part.title(), styles.text);
        Sheets.number(row, 1, Optional.of(part.points()), styles.score);
        Sheets.number(row, 2, Optional.of(part.max()), styles.score);
        Sheets.number(row, 3, part.score(), styles.score);
        Sheets.number(row, 4, part.peerMedian(), styles.score);
      }
      view.note()
          .ifPresent(
              note -> {
                Row row = Sheets.row(sheet, sheet.getLastRowNum());
                Sheets.text(row, 5, note, styles.note);
              });
      next++;
    }
    sheet.createFreezePane(0, 3);
    Sheets.printSetup(sheet, 2);
  }
}
