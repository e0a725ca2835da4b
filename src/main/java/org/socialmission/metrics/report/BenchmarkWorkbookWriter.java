package org.socialmission.metrics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * {@code +}, {@code -} or {@code @} stays literal when the cell is edited. The Summary sheet with
 * its chart is built in memory (XSSF); every other sheet, the Peers sheet above all, which grows
 * with the number of schools, is streamed (SXSSF) with only a window of rows in memory.
 */
public final class BenchmarkWorkbookWriter {

  /** Rows of a streamed sheet kept in memory; every sheet writes its header rows first. */
  private static final int ROWS_IN_MEMORY = 200;

  /** Writes the workbook to {@code out}, which the caller closes. */
  public void write(BenchmarkReport report, OutputStream out) throws IOException {
    try (XSSFWorkbook template = new XSSFWorkbook()) {
      Styles styles = new Styles(template);
      new SummarySheet(template, report, styles).write();
      SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROWS_IN_MEMORY);
      try {
        boolean insights = report.insights() != Insights.NONE;
        if (insights) {
          NextStepsSheet.write(workbook, report.insights().plan(), styles);
        }
        List<ModalitySection> sections = report.sections();
        for (int i = 0; i < sections.size(); i++) {
          ModalitySheet.write(workbook, sections.get(i), i + 1, styles);
        }
        PeersSheet.write(workbook, report, styles);
        TrendSheet.write(workbook, report, styles);
        if (insights) {
          FrameworksSheet.write(workbook, report.insights().frameworks(), styles);
          DataQualitySheet.write(workbook, report, styles);
          EvidenceSheet.write(workbook, report, styles);
        }
        MethodSheet.write(workbook, report, styles);
        workbook.setActiveSheet(0);
        Date made = Date.from(report.generatedAt());
        template.getProperties().getCoreProperties().setCreated(Optional.of(made));
        template.getProperties().getCoreProperties().setModified(Optional.of(made));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        workbook.write(written);
        FixedTimeZip.copy(written.toByteArray(), out, report.generatedAt());
      } finally {
        workbook.dispose();
      }
    }
  }
}
