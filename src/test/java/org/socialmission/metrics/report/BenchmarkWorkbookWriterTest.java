package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.PeerGroupSpec.Scope;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.benchmark.Scores;
import org.socialmission.metrics.scoring.DataQuality;

/** Writes the fixture report, reads it back with POI and checks what a reader of the file sees. */
class BenchmarkWorkbookWriterTest {

  private static XSSFWorkbook workbook;

  @BeforeAll
  static void write() throws IOException {
    workbook = reread(ReportFixture.report());
  }

  static XSSFWorkbook reread(BenchmarkReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BenchmarkWorkbookWriter().write(report, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().startsWith(text)) {
        return row;
      }
    }
    throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
  }

  @Test
  void sheetsAreNamedAndOrdered() {
    List<String> names =
        IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    assertEquals(
        List.of(
            "Summary",
            "1 Mission",
            "2 Pipeline",
            "3 Admissions",
            "4 Curriculum",
            "5 Clinical",
            "6 Debt",
            "7 Mentoring",
            "8 Graduates",
            "Peers",
            "Trend",
            "Method"),
        names);
  }

  @Test
  void withInsightsTheNextStepsFrameworksDataQualityAndEvidenceSheetsAreAdded() throws IOException {
    var ownAnswer =
        new EvidenceLine(
            "debt",
            "What was the median debt?",
            "182000 USD",
            Optional.of(DataQuality.ESTIMATE),
            List.of("=HYPERLINK(\"x\")"));
    var insights = new Insights(NextSteps.NONE, List.of(), Optional.empty(), List.of(ownAnswer));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BenchmarkWorkbookWriter().write(ReportFixture.report().withInsights(insights), out);
    try (XSSFWorkbook withInsights =
        new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> names =
          IntStream.range(0, withInsights.getNumberOfSheets())
              .mapToObj(withInsights::getSheetName)
              .toList();
      assertEquals("Next steps", names.get(1));
      assertEquals(
          List.of("Trend", "Frameworks", "Data quality", "Evidence", "Method"),
          names.subList(names.size() - 5, names.size()));
      Row evidence = withInsights.getSheet("Evidence").getRow(2);
      assertEquals("Estimate", evidence.getCell(3).getStringCellValue());
      assertEquals(CellType.STRING, evidence.getCell(4).getCellType());
      assertTrue(evidence.getCell(4).getCellStyle().getQuotePrefixed());
      withInsights.forEach(sheet -> assertTrue(sheet.getPrintSetup().getLandscape()));
      var steps = withInsights.getSheet("Next steps");
      assertEquals(
          0, steps.getRepeatingRows().getLastRow(), "step tables have headers of their own");
      assertEquals(null, steps.getPaneInformation(), "no table header frozen over the steps");
      for (String name : List.of("Frameworks", "Data quality")) {
        assertTrue(
            withInsights.getSheet(name).getMergedRegions().stream()
                .anyMatch(r -> r.isInRange(1, 0) && r.getLastColumn() >= 5),
            name + ": the intro spans the table, so it is read whole");
      }
    }
  }

  @Test
  void summaryShowsTheSchoolsScoreBesideThePeerMedian() {
    Row overall = rowStartingWith(workbook.getSheet("Summary"), "Overall");
    assertEquals(60.0, overall.getCell(1).getNumericCellValue());
    assertEquals(6.0, overall.getCell(2).getNumericCellValue());
    assertEquals(35.0, overall.getCell(5).getNumericCellValue(), "median of 10 20 30 40 50 70");
    assertEquals(83.3, overall.getCell(9).getNumericCellValue(), "5 of 6 peers below, rounded");
    assertEquals("Top", overall.getCell(10).getStringCellValue());
    assertEquals("0.0", overall.getCell(1).getCellStyle().getDataFormatString());
  }

  @Test
  void undefinedModalityHasFiguresButNoRank() {
    Row debt = rowStartingWith(workbook.getSheet("Summary"), "Title of debt");
    assertEquals(CellType.BLANK, debt.getCell(1).getCellType());
    assertEquals(35.0, debt.getCell(5).getNumericCellValue());
    assertEquals(CellType.BLANK, debt.getCell(9).getCellType());
    assertTrue(debt.getCell(12).getStringCellValue().contains("no rank"));
  }

  @Test
  void suppressedGroupShowsItsReasonAndNoFigures() {
    Sheet summary = workbook.getSheet("Summary");
    Row label = rowStartingWith(summary, "Medicine schools, West");
    Row listed = summary.getRow(label.getRowNum());
    assertEquals(CellType.STRING, listed.getCell(2).getCellType());
    assertTrue(listed.getCell(2).getStringCellValue().startsWith("Not shown: fewer than 5"));
    Row block = null;
    for (Row row : summary) {
      Cell first = row.getCell(0);
      if (row.getRowNum() > label.getRowNum()
          && first != null
          && first.getStringCellValue().equals("Medicine schools, West")) {
        block = row;
      }
    }
    assertNotNull(block, "the suppressed group has its own block");
    Row reason = summary.getRow(block.getRowNum() + 1);
    assertTrue(
        reason.getCell(0).getStringCellValue().startsWith("Not shown: fewer than 5 peer schools"));
    for (int i = block.getRowNum(); i <= block.getRowNum() + 2; i++) {
      Row row = summary.getRow(i);
      if (row != null) {
        row.forEach(c -> assertNotEquals(CellType.NUMERIC, c.getCellType()));
      }
    }
  }

  @Test
  void formulaLikeTextStaysLiteral() {
    Sheet mission = workbook.getSheet("1 Mission");
    List<String> answers = new ArrayList<>();
    for (int i = 4; i < 4 + ReportFixture.FORMULA_LIKE.size(); i++) {
      Cell cell = mission.getRow(i).getCell(1);
      assertEquals(CellType.STRING, cell.getCellType());
      assertTrue(cell.getCellStyle().getQuotePrefixed());
      answers.add(cell.getStringCellValue());
    }
    assertEquals(ReportFixture.FORMULA_LIKE, answers);
  }

  @Test
  void noCellAnywhereIsAFormula() {
    workbook.forEach(
        sheet ->
            sheet.forEach(
                row -> row.forEach(cell -> assertNotEquals(CellType.FORMULA, cell.getCellType()))));
  }

  @Test
  void headersAreFrozen() {
    assertPane(workbook.getSheet("Summary"), 1);
    assertPane(workbook.getSheet("1 Mission"), 3);
    assertPane(workbook.getSheet("Peers"), 1);
    assertPane(workbook.getSheet("Trend"), 1);
    assertEquals(2, workbook.getSheet("Peers").getPaneInformation().getVerticalSplitPosition());
  }

  private static void assertPane(Sheet sheet, int rows) {
    PaneInformation pane = sheet.getPaneInformation();
    assertNotNull(pane, sheet.getSheetName());
    assertTrue(pane.isFreezePane());
    assertEquals(rows, pane.getHorizontalSplitPosition());
  }

  @Test
  void tablesHaveFiltersAndPrintLandscapeOnePageWide() {
    for (String name : List.of("1 Mission", "Peers", "Trend")) {
      assertTrue(((XSSFSheet) workbook.getSheet(name)).getCTWorksheet().isSetAutoFilter(), name);
    }
    workbook.forEach(
        sheet -> {
          assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
          assertEquals(1, sheet.getPrintSetup().getFitWidth());
          assertNotNull(sheet.getRepeatingRows(), sheet.getSheetName());
        });
  }

  @Test
  void summaryHeadersFitTheirColumnsAndNumbersSitUnderTheirHeaders() {
    Sheet summary = workbook.getSheet("Summary");
    Row header = rowStartingWith(summary, "Measure");
    List<String> labels = new ArrayList<>();
    header.forEach(c -> labels.add(c.getStringCellValue()));
    assertEquals(
        List.of(
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
            "Stars",
            "Note"),
        labels);
    for (Cell cell : header) {
      int characters = summary.getColumnWidth(cell.getColumnIndex()) / 256;
      for (String word : cell.getStringCellValue().split(" ")) {
        assertTrue(
            word.length() + 2 <= characters,
            "\"" + word + "\" fits its column of " + characters + " characters with a margin");
      }
      assertTrue(cell.getCellStyle().getWrapText(), "two-word headers wrap instead of spilling");
      if (cell.getColumnIndex() > 0 && cell.getColumnIndex() < 12) {
        assertEquals(HorizontalAlignment.CENTER, cell.getCellStyle().getAlignment());
      }
    }
    assertTrue(header.getHeightInPoints() >= 28, "room for two lines");
  }

  @Test
  void aSummaryWithoutNotesHasNoNoteColumn() throws IOException {
    Map<String, BigDecimal> every = new HashMap<>();
    Scores.MEASURES.forEach(m -> every.put(m, new BigDecimal("60")));
    try (XSSFWorkbook written = reread(ReportFixture.report(new Scores(every)))) {
      Row header = rowStartingWith(written.getSheet("Summary"), "Measure");
      assertEquals(12, header.getLastCellNum(), "no Note column, no empty header band");
      assertEquals("Stars", header.getCell(11).getStringCellValue());
    }
  }

  @Test
  void quartilesHaveStarsBesideThemAndFillsFromOneCalmPalette() {
    XSSFSheet summary = workbook.getSheet("Summary");
    Row overall = rowStartingWith(summary, "Overall");
    assertEquals("Top", overall.getCell(10).getStringCellValue());
    assertEquals("★★★★", overall.getCell(11).getStringCellValue(), "four stars for the top");
    Set<String> fills = new HashSet<>();
    var formatting = summary.getSheetConditionalFormatting();
    for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
      var rules = formatting.getConditionalFormattingAt(i);
      assertEquals(
          2, rules.getFormattingRanges()[0].getNumberOfCells() / rowsOf(rules), "word and stars");
      for (int r = 0; r < rules.getNumberOfRules(); r++) {
        XSSFColor fill =
            (XSSFColor) rules.getRule(r).getPatternFormatting().getFillBackgroundColorColor();
        fills.add(fill.getARGBHex().substring(2));
      }
    }
    assertEquals(Set.of(QuartileColours.PALETTE), fills, "four fills, all from the palette");
  }

  private static int rowsOf(org.apache.poi.ss.usermodel.ConditionalFormatting rules) {
    CellRangeAddress range = rules.getFormattingRanges()[0];
    return range.getLastRow() - range.getFirstRow() + 1;
  }

  @Test
  void theSummaryNamesTheQuestionnaireAsPeopleDo() {
    Row questionnaire = rowStartingWith(workbook.getSheet("Summary"), "Questionnaire");
    assertEquals(
        "Medicine, questionnaire version 1", questionnaire.getCell(1).getStringCellValue());
    Row discipline = rowStartingWith(workbook.getSheet("Summary"), "Discipline");
    assertEquals("Medicine", discipline.getCell(1).getStringCellValue());
  }

  @Test
  void onModalitySheetsNoFigureRunsIntoThePeersAnswers() {
    Sheet mission = workbook.getSheet("1 Mission");
    Row header = mission.getRow(2);
    assertEquals("Max", header.getCell(3).getStringCellValue());
    assertTrue(mission.getColumnWidth(3) / 256 >= 9, "Max: room around a figure such as 10.0");
    Row first = mission.getRow(3);
    assertEquals(HorizontalAlignment.CENTER, first.getCell(3).getCellStyle().getAlignment());
    CellStyle peers = first.getCell(4).getCellStyle();
    assertTrue(peers.getIndention() >= 1, "the peers' answers start clear of the Max column");
    assertEquals(BorderStyle.THIN, peers.getBorderLeft(), "a rule between the two");
  }

  @Test
  void summaryHasAChartOfTwoSeriesAndQuartileColours() {
    XSSFSheet summary = workbook.getSheet("Summary");
    List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
    assertEquals(1, charts.size());
    assertEquals(2, charts.get(0).getChartSeries().get(0).getSeriesCount());
    assertEquals(
        8, charts.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount());
    assertTrue(summary.getSheetConditionalFormatting().getNumConditionalFormattings() >= 4);
  }

  @Test
  void peersSheetHasPseudonymsOnly() {
    Sheet peers = workbook.getSheet("Peers");
    assertEquals(6, peers.getLastRowNum());
    List<String> codes = ReportFixture.peers().stream().map(SchoolEntry::code).toList();
    peers.forEach(
        row ->
            row.forEach(
                cell -> {
                  if (cell.getCellType() == CellType.STRING) {
                    String text = cell.getStringCellValue();
                    assertFalse(codes.stream().anyMatch(text::contains), text);
                    assertFalse(text.contains(ReportFixture.SCHOOL_NAME));
                  }
                }));
    assertTrue(peers.getRow(1).getCell(1).getStringCellValue().matches("Peer \\d{3}"));
    assertEquals(70.0, peers.getRow(1).getCell(2).getNumericCellValue(), "best first");
  }

  @Test
  void trendListsCyclesOldestFirst() {
    Sheet trend = workbook.getSheet("Trend");
    assertEquals(2023.0, trend.getRow(1).getCell(0).getNumericCellValue());
    assertEquals(52.25, trend.getRow(1).getCell(1).getNumericCellValue());
    assertEquals(CellType.BLANK, trend.getRow(1).getCell(2).getCellType());
    assertEquals(2026.0, trend.getRow(2).getCell(0).getNumericCellValue());
  }

  @Test
  void summaryAndMethodNameTheRelease() {
    String release = "Release 2 of the 2026 cycle, published 2026-03-01 10:15 UTC";
    assertEquals(
        release,
        rowStartingWith(workbook.getSheet("Summary"), "Benchmark release")
            .getCell(1)
            .getStringCellValue());
    assertEquals(
        release,
        rowStartingWith(workbook.getSheet("Method"), "Release").getCell(1).getStringCellValue());
    assertTrue(
        rowStartingWith(workbook.getSheet("Method"), "Benchmark release")
            .getCell(1)
            .getStringCellValue()
            .startsWith(release));
  }

  @Test
  void theSameReportGivesTheSameFileEveryTime() throws IOException {
    var first = new ByteArrayOutputStream();
    new BenchmarkWorkbookWriter().write(ReportFixture.report(), first);
    var second = new ByteArrayOutputStream();
    new BenchmarkWorkbookWriter().write(ReportFixture.report(), second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    try (var zip = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        assertEquals(
            LocalDateTime.ofInstant(ReportFixture.RELEASE.publishedAt(), ZoneOffset.UTC),
            entry.getTimeLocal(),
            "no time of writing in " + entry.getName());
      }
    }
    try (var reread = reread(ReportFixture.report())) {
      assertEquals(
          ReportFixture.RELEASE.publishedAt(),
          reread.getProperties().getCoreProperties().getCreated().toInstant());
    }
  }

  @Test
  void methodSaysHow() {
    Sheet method = workbook.getSheet("Method");
    assertTrue(
        rowStartingWith(method, "Anonymity")
            .getCell(1)
            .getStringCellValue()
            .contains("would reveal the difference"));
  }

  @Test
  void threeThousandPeerRowsAreAllWritten() throws IOException {
    List<SchoolEntry> cohort =
        IntStream.range(0, 3000).mapToObj(i -> ReportFixture.entry("MED-" + i, i % 100)).toList();
    SchoolEntry subject = ReportFixture.entry("MED-X", 50);
    BenchmarkReport big =
        withGroups(
            new PeerAnonymizer(5)
                .benchmark(
                    subject, cohort, List.of(PeerGroupSpec.of(Scope.DISCIPLINE)), new Random(2)));
    // Every peer row streamed to the sheet (its speed is measured by the benchmark command).
    XSSFWorkbook reread = reread(big);
    assertEquals(3000, reread.getSheet("Peers").getLastRowNum());
  }

  private static BenchmarkReport withGroups(List<PeerGroupResult> groups) {
    BenchmarkReport r = ReportFixture.report();
    return new BenchmarkReport(
        r.schoolName(),
        r.schoolCode(),
        r.discipline(),
        r.cycle(),
        r.questionnaireId(),
        r.questionnaireVersion(),
        r.release(),
        r.generatedAt(),
        r.k(),
        r.own(),
        groups,
        r.sections(),
        r.trend(),
        r.method());
  }

  @Test
  void sheetNamesAreShortValidAndUnique() {
    XSSFWorkbook fresh = new XSSFWorkbook();
    String first = Sheets.sheetName(fresh, "Structure and content of curriculum: [a/b]?");
    assertTrue(first.length() <= 31);
    assertFalse(first.matches(".*[\\[\\]:*?/\\\\].*"), first);
    fresh.createSheet(first);
    String second = Sheets.sheetName(fresh, "Structure and content of curriculum: [a/b]?");
    assertNotEquals(first, second);
    assertTrue(second.length() <= 31 && second.endsWith(" 2"), second);
    assertEquals(Optional.empty(), Optional.ofNullable(fresh.getSheet(second)));
    assertNotNull(CellRangeAddress.valueOf("A1"));
  }
}
