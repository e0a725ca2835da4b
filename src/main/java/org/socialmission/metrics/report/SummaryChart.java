package org.socialmission.metrics.report;

import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.PeerGroupResult.Reported;

/**
 * The bar chart of the Summary sheet: the school's modality scores beside the peer median of the
 * first reported group, read from that group's table. Without a reported group there is no chart
 * (the Summary then says why for every group).
 */
final class SummaryChart {

  private final XSSFSheet sheet;
  private final BenchmarkReport report;

  SummaryChart(XSSFSheet sheet, BenchmarkReport report) {
    this.sheet = sheet;
    this.report = report;
  }

  /**
   * Draws the chart in rows {@code top} to {@code top + height} of columns A to K.
   *
   * @param modalityRows first and last row of the modality lines of the first reported group
   */
  void draw(int top, int height, Optional<int[]> modalityRows) {
    if (modalityRows.isEmpty()) {
      return;
    }
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 11, top + height);
    XSSFChart chart = drawing.createChart(anchor);
    String group = firstReportedLabel().map(l -> " vs peer median (" + l + ")").orElse("");
    chart.setTitleText("Modality scores: your school" + group);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    plot(chart, modalityRows.get()[0], modalityRows.get()[1]);
  }

  private void plot(XSSFChart chart, int first, int last) {
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
    categories.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setMinimum(0);
    values.setMaximum(100);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.BAR);
    XDDFDataSource<String> names =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
    series(data, names, column(first, last, 1), "Your school", PresetColor.DARK_CYAN);
    series(data, names, column(first, last, 5), "Peer median", PresetColor.LIGHT_GRAY);
    chart.plot(data);
  }

  private XDDFNumericalDataSource<Double> column(int first, int last, int column) {
    return XDDFDataSourcesFactory.fromNumericCellRange(
        sheet, new CellRangeAddress(first, last, column, column));
  }

  private static void series(
      XDDFBarChartData data,
      XDDFDataSource<String> names,
      XDDFNumericalDataSource<Double> values,
      String title,
      PresetColor colour) {
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, values);
    series.setTitle(title, null);
    series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
  }

  private Optional<String> firstReportedLabel() {
    return report.groups().stream()
        .filter(Reported.class::isInstance)
        .map(PeerGroupResult::label)
        .findFirst();
  }
}
