package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socialmission.metrics.benchmark.Comparison;
import org.socialmission.metrics.benchmark.Distribution;
import org.socialmission.metrics.benchmark.MeasureResult;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupResult.Reported;
import org.socialmission.metrics.benchmark.PeerGroupResult.Suppressed;
import org.socialmission.metrics.benchmark.Standing;

/**
 * The Summary sheet: the school, cycle and benchmark release, the list of peer groups, a chart of
 * the school's modality scores against the peer median of the first reported group, and one table
 * per group (overall and each modality beside the peers' distribution, percentile rank and coloured
 * quartile). A suppressed group shows its reason and no figures.
 */
final class SummarySheet {

  static final String NAME = "Summary";
  static final String[] TABLE_HEADER = {
    "Measure",
    "Your score",
    "Peers (n)",
    "Min",
    "P25",
    "Median",
    "P75",
    "Max",
    "Mean",
    "Percentile rank",
    "Quartile",
    "Note"
  };
  private static final int CHART_ROWS = 22;

  private final BenchmarkReport report;
  private final Styles styles;
  private final XSSFSheet sheet;

  SummarySheet(XSSFWorkbook workbook, BenchmarkReport report, Styles styles) {
    this.report = report;
    this.styles = styles;
    this.sheet = workbook.createSheet(NAME);
  }

  void write() {
    Sheets.widths(sheet, 36, 10, 9, 7, 7, 7, 7, 7, 7, 10, 9, 40);
    int next = school();
    next = groupList(next + 1);
    int chartTop = next + 1;
    next = chartTop + CHART_ROWS + 1;
    Optional<int[]> chartRows = Optional.empty();
    for (PeerGroupResult group : report.groups()) {
      int first = next + 2;
      next = group(group, next);
      if (chartRows.isEmpty() && group instanceof Reported) {
        chartRows = Optional.of(new int[] {first + 1, first + report.sections().size()});
      }
    }
    new SummaryChart(sheet, report).draw(chartTop, CHART_ROWS, chartRows);
    sheet.createFreezePane(0, 1);
    Sheets.printSetup(sheet, 0);
  }

  private int school() {
    Sheets.text(
        Sheets.row(sheet, 0), 0, "Social mission benchmark: " + report.schoolName(), styles.title);
    List<String[]> facts =
        List.of(
            new String[] {"School code", report.schoolCode()},
            new String[] {"Discipline", report.discipline()},
            new String[] {"Cycle", String.valueOf(report.cycle())},
            new String[] {
              "Questionnaire",
              report.questionnaireId() + " version " + report.questionnaireVersion()
            },
            new String[] {"Benchmark release", report.releaseText()},
            new String[] {"Smallest group shown", report.k() + " peer schools"});
    for (int i = 0; i < facts.size(); i++) {
      Row row = Sheets.row(sheet, i + 1);
      Sheets.text(row, 0, facts.get(i)[0], styles.label);
      Sheets.text(row, 1, facts.get(i)[1], styles.literalLine);
    }
    return facts.size() + 1;
  }

  private int groupList(int top) {
    Sheets.text(Sheets.row(sheet, top), 0, "Peer groups", styles.label);
    Sheets.header(sheet, top + 1, styles.header, "Group", "Peers", "Status");
    int rowIndex = top + 2;
    for (PeerGroupResult group : report.groups()) {
      Row row = Sheets.row(sheet, rowIndex++);
      Sheets.text(row, 0, group.label(), styles.text);
      if (group instanceof Reported reported) {
        Sheets.number(row, 1, Optional.of(BigDecimal.valueOf(reported.n())), styles.whole);
        String status = reported.spec().isFiltered() ? "Reported (statistics only)" : "Reported";
        Sheets.text(row, 2, status, styles.text);
      } else {
        Sheets.text(row, 1, "", styles.text);
        Sheets.text(row, 2, ((Suppressed) group).reason(), styles.text);
      }
    }
    return rowIndex;
  }

  /** Writes one group's block from row {@code top}; returns the next free row. */
  private int group(PeerGroupResult group, int top) {
    Sheets.text(Sheets.row(sheet, top), 0, group.label(), styles.label);
    if (group instanceof Suppressed suppressed) {
      Sheets.text(Sheets.row(sheet, top + 1), 0, suppressed.reason(), styles.note);
      sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 0, 11));
      Sheets.row(sheet, top + 1).setHeightInPoints(30);
      return top + 3;
    }
    Reported reported = (Reported) group;
    Sheets.text(
        Sheets.row(sheet, top),
        0,
        group.label() + " (" + reported.n() + " peer schools)",
        styles.label);
    Sheets.header(sheet, top + 1, styles.header, TABLE_HEADER);
    Sheets.row(sheet, top + 1).setHeightInPoints(30);
    Map<String, String> titles = report.measureTitles();
    int rowIndex = top + 2;
    for (MeasureResult measure : reported.measures()) {
      measureRow(
          Sheets.row(sheet, rowIndex++),
          titles.getOrDefault(measure.measureId(), measure.measureId()),
          measure);
    }
    QuartileColours.apply(sheet, top + 2, rowIndex - 1, 10);
    return rowIndex + 1;
  }

  private void measureRow(Row row, String title, MeasureResult measure) {
    Sheets.text(row, 0, title, styles.text);
    Sheets.number(row, 1, measure.own(), styles.score);
    Optional<Distribution> peers = measure.comparison().map(Comparison::peers);
    Sheets.number(row, 2, peers.map(d -> BigDecimal.valueOf(d.n())), styles.whole);
    Sheets.number(row, 3, peers.map(Distribution::min), styles.score);
    Sheets.number(row, 4, peers.map(Distribution::p25), styles.score);
    Sheets.number(row, 5, peers.map(Distribution::median), styles.score);
    Sheets.number(row, 6, peers.map(Distribution::p75), styles.score);
    Sheets.number(row, 7, peers.map(Distribution::max), styles.score);
    Sheets.number(row, 8, peers.map(Distribution::mean), styles.score);
    Optional<Standing> standing = measure.comparison().flatMap(Comparison::standing);
    Sheets.number(row, 9, standing.map(Standing::percentileRank), styles.score);
    Sheets.text(row, 10, standing.map(s -> s.quartile().label()).orElse(""), styles.text);
    Sheets.text(row, 11, note(measure), styles.note);
    Sheets.fitHeight(row);
  }

  private static String note(MeasureResult measure) {
    if (measure.suppressedBecause().isPresent()) {
      return measure.suppressedBecause().get();
    }
    return measure.own().isEmpty() ? "Not applicable to your school as a whole: no rank." : "";
  }
}
