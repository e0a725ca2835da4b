package org.socialmission.metrics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link BenchmarkReport} as an Excel workbook (.xlsx): sheets Summary (with quartile
 * colours and a bar chart), Next steps, one per modality, Peers, Trend, Frameworks, Data quality,
 * Evidence and Method (the four insight sheets only when the report carries {@link Insights});
 * frozen header rows, auto-filters, one-decimal scores, landscape print fitted to the page width
 * with repeated headers. The file is the same for the same report: its document properties and zip
 * entries carry the report's time (the release's), never the time of writing. Usage from a resource
 * or bean, which only streams the result:
 *
 * <pre>{@code
 * new BenchmarkWorkbookWriter().write(report, response.getOutputStream());
 * }</pre>
 *
 * <p>Invariant: every text, in particular what schools typed, is written as a string cell, never as
 * a formula; cells with the school's own answers are also quote-prefixed, so a leading {@code =},
 * {@code +}, {@code -} or {@code @} stays literal when the cell is edited. Plain XSSF is used: a
 * workbook with 3,000 peer rows is written and read back in about two seconds (see the tests), so
 * streaming (SXSSF) is not needed and the chart stays simple.
 */
public final class BenchmarkWorkbookWriter {

  /** Writes the workbook to {@code out}, which the caller closes. */
  public void write(BenchmarkReport report, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      new SummarySheet(workbook, report, styles).write();
      if (report.insights() != Insights.NONE) {
        NextStepsSheet.write(workbook, report.insights().plan(), styles);
      }
      List<ModalitySection> sections = report.sections();
      for (int i = 0; i < sections.size(); i++) {
        ModalitySheet.write(workbook, sections.get(i), i + 1, styles);
      }
      PeersSheet.write(workbook, report, styles);
      TrendSheet.write(workbook, report, styles);
      if (report.insights() != Insights.NONE) {
        FrameworksSheet.write(workbook, report.insights().frameworks(), styles);
        DataQualitySheet.write(workbook, report, styles);
        EvidenceSheet.write(workbook, report, styles);
      }
      MethodSheet.write(workbook, report, styles);
      workbook.setActiveSheet(0);
      Date made = Date.from(report.generatedAt());
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(made));
      workbook.getProperties().getCoreProperties().setModified(Optional.of(made));
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      workbook.write(written);
      FixedTimeZip.copy(written.toByteArray(), out, report.generatedAt());
    }
  }
}
