package org.socialmission.metrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.socialmission.metrics.benchmark.PeerGroupResult.Reported;
import org.socialmission.metrics.benchmark.PeerRow;

/**
 * The Peers sheet: the pseudonymous rows of every unfiltered reported group, one table with the
 * group in the first column, best overall first within a group. There is nothing else to write:
 * {@link PeerRow} has no identifying field.
 */
final class PeersSheet {

  static final String NAME = "Peers";

  private PeersSheet() {}

  static void write(Workbook workbook, BenchmarkReport report, Styles styles) {
    Sheet sheet = workbook.createSheet(NAME);
    Map<String, String> titles = report.measureTitles();
    List<String> header = new ArrayList<>(List.of("Group", "Peer"));
    header.addAll(titles.values());
    Sheets.header(sheet, 0, styles.header, header.toArray(String[]::new));
    Sheets.centreFigureHeaders(sheet.getRow(0), 2, styles.headerCentred);
    // Before the rows: a streamed sheet keeps only the last few in memory.
    sheet.getRow(0).setHeightInPoints(45);
    List<String> measures = List.copyOf(titles.keySet());
    int rowIndex = 1;
    for (Reported group : unfilteredGroups(report)) {
      for (PeerRow peer : group.rows()) {
        Row row = sheet.createRow(rowIndex++);
        Sheets.text(row, 0, group.label(), styles.text);
        Sheets.text(row, 1, peer.pseudonym(), styles.text);
        int column = 2;
        for (String measure : measures) {
          Sheets.whole(row, column++, peer.scores().get(measure), styles.wholeCentred);
        }
      }
    }
    int lastColumn = header.size() - 1;
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, lastColumn));
    sheet.createFreezePane(2, 1);
    Sheets.widths(sheet, 22, 10, 10, 13, 13, 13, 14, 14, 13, 14, 14);
    Sheets.printSetup(sheet, 0);
  }

  private static List<Reported> unfilteredGroups(BenchmarkReport report) {
    return report.groups().stream()
        .filter(Reported.class::isInstance)
        .map(Reported.class::cast)
        .filter(g -> !g.spec().isFiltered())
        .toList();
  }
}
