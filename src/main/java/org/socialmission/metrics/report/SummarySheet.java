package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.Arrays;
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
 * per group (overall and each modality beside the peers' distribution, percentile rank, quartile
 * with its stars, coloured from one palette, and a note column only when some measure has a note).
 * A suppressed group shows its reason and no figures.
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
    "Stars"
  };

  /** The last column, only when some measure has a note: no empty column with a header band. */
  static final String NOTE = "Note";

  /**
   * Widths in characters: each header fits on at most two lines, each figure (up to "100.0") on
   * one, the measure titles (up to ~40 characters) on one.
   */
  private static final int[] WIDTHS = {40, 11, 10, 8, 8, 9, 8, 8, 8, 13, 10, 9, 46};

  private static final int CHART_ROWS = 22;
  private static final int STATUS_LAST_COLUMN = 11;

  private final BenchmarkReport report;
  private final Styles styles;
  private final XSSFSheet sheet;

  SummarySheet(XSSFWorkbook workbook, BenchmarkReport report, Styles styles) {
    this.report = report;
    this.styles = styles;
    this.sheet = workbook.createSheet(NAME);
  }

  void write() {
    Sheets.widths(sheet, hasNotes() ? WIDTHS : Arrays.copyOf(WIDTHS, WIDTHS.length - 1));
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
            new String[] {"Discipline", Labels.capitalized(report.discipline())},
            new String[] {"Cycle", String.valueOf(report.cycle())},
            new String[] {
              "Questionnaire",
              Labels.questionnaire(report.questionnaireId(), report.questionnaireVersion())
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
    Row header = Sheets.row(sheet, top + 1);
    Sheets.text(header, 0, "Group", styles.header);
    Sheets.text(header, 1, "Peers", styles.headerCentred);
    Sheets.text(header, 2, "Status", styles.header);
    // The status is a phrase: it spans the narrow figure columns to its right.
    sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 2, STATUS_LAST_COLUMN));
    int rowIndex = top + 2;
    for (PeerGroupResult group : report.groups()) {
      sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 2, STATUS_LAST_COLUMN));
      Row row = Sheets.row(sheet, rowIndex++);
      Sheets.text(row, 0, group.label(), styles.text);
      if (group instanceof Reported reported) {
        Sheets.number(row, 1, Optional.of(BigDecimal.valueOf(reported.n())), styles.wholeCentred);
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
      sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 0, TABLE_HEADER.length - 1));
      Sheets.row(sheet, top + 1).setHeightInPoints(30);
      return top + 3;
    }
    Reported reported = (Reported) group;
    Sheets.text(
        Sheets.row(sheet, top),
        0,
        group.label() + " (" + reported.n() + " peer schools)",
        styles.label);
    tableHeader(top + 1);
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

  /** The header of a group's table: words centred over their figures, wrapped on two lines. */
  private void tableHeader(int rowIndex) {
    Row row = Sheets.row(sheet, rowIndex);
    for (int i = 0; i < TABLE_HEADER.length; i++) {
      Sheets.text(row, i, TABLE_HEADER[i], i == 0 ? styles.header : styles.headerCentred);
    }
    if (hasNotes()) {
      Sheets.text(row, TABLE_HEADER.length, NOTE, styles.header);
    }
    row.setHeightInPoints(30);
  }

  /** Whether any measure of a reported group has a note to show. */
  private boolean hasNotes() {
    return report.groups().stream()
        .filter(Reported.class::isInstance)
        .flatMap(g -> ((Reported) g).measures().stream())
        .anyMatch(m -> !note(m).isEmpty());
  }

  private void measureRow(Row row, String title, MeasureResult measure) {
    Sheets.text(row, 0, title, styles.text);
    Sheets.number(row, 1, measure.own(), styles.scoreCentred);
    Optional<Distribution> peers = measure.comparison().map(Comparison::peers);
    Sheets.number(row, 2, peers.map(d -> BigDecimal.valueOf(d.n())), styles.wholeCentred);
    Sheets.number(row, 3, peers.map(Distribution::min), styles.scoreCentred);
    Sheets.number(row, 4, peers.map(Distribution::p25), styles.scoreCentred);
    Sheets.number(row, 5, peers.map(Distribution::median), styles.scoreCentred);
    Sheets.number(row, 6, peers.map(Distribution::p75), styles.scoreCentred);
    Sheets.number(row, 7, peers.map(Distribution::max), styles.scoreCentred);
    Sheets.number(row, 8, peers.map(Distribution::mean), styles.scoreCentred);
    Optional<Standing> standing = measure.comparison().flatMap(Comparison::standing);
    Sheets.number(row, 9, standing.map(Standing::percentileRank), styles.scoreCentred);
    Sheets.text(row, 10, standing.map(s -> s.quartile().label()).orElse(""), styles.centred);
    Sheets.text(
        row, 11, standing.map(s -> QuartileColours.stars(s.quartile())).orElse(""), styles.centred);
    String note = note(measure);
    if (!note.isEmpty()) {
      Sheets.text(row, 12, note, styles.note);
    }
    Sheets.fitHeight(row);
  }

  private static String note(MeasureResult measure) {
    if (measure.suppressedBecause().isPresent()) {
      return measure.suppressedBecause().get();
    }
    return measure.own().isEmpty() ? "Not applicable to your school as a whole: no rank." : "";
  }
}
