package org.socialmission.metrics.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a research data set as an Excel workbook: sheet {@value #DATA} with a frozen, filterable
 * header row and one row per school, and sheet {@value #ABOUT} saying what the model is and what
 * the rules withheld or left out. The limits of ranges ({@code x.from}, {@code x.to}) are numeric
 * cells; every other cell is a text cell in a text-formatted column, never a formula. Streams rows
 * (SXSSF), so memory does not grow with the number of schools; closing the workbook deletes its
 * temporary files. The stream is not closed.
 */
public final class ResearchXlsxWriter {

  /** The name of the data sheet. */
  public static final String DATA = "Data";

  /** The name of the sheet that explains the data set. */
  public static final String ABOUT = "About";

  private static final int ROWS_IN_MEMORY = 100;
  private static final int COLUMN_WIDTH = 16 * 256;

  /** Writes the data set to {@code out}. */
  public void write(ResearchDataset dataset, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      workbook.setCompressTempFiles(true);
      data(workbook, dataset);
      about(workbook, dataset);
      workbook.write(out);
    }
  }

  private static void data(SXSSFWorkbook workbook, ResearchDataset dataset) {
    Sheet sheet = workbook.createSheet(DATA);
    CellStyle header = style(workbook, "@", true);
    CellStyle text = style(workbook, "@", false);
    CellStyle number = style(workbook, "General", false);
    List<String> titles = dataset.header();
    write(sheet.createRow(0), titles, header, header);
    for (int i = 0; i < dataset.rows().size(); i++) {
      write(sheet.createRow(i + 1), ResearchCells.of(dataset, dataset.rows().get(i)), text, number);
    }
    for (int column = 0; column < titles.size(); column++) {
      sheet.setColumnWidth(column, COLUMN_WIDTH);
      sheet.setDefaultColumnStyle(column, isNumber(titles.get(column)) ? number : text);
    }
    sheet.setAutoFilter(
        new CellRangeAddress(0, Math.max(0, dataset.rows().size()), 0, titles.size() - 1));
    sheet.createFreezePane(1, 1);
  }

  private static boolean isNumber(String title) {
    return title.endsWith(".from") || title.endsWith(".to");
  }

  private static void write(Row row, List<?> cells, CellStyle text, CellStyle number) {
    for (int column = 0; column < cells.size(); column++) {
      Object value = cells.get(column);
      Cell cell = row.createCell(column);
      if (value instanceof BigDecimal decimal) {
        cell.setCellValue(decimal.doubleValue());
        cell.setCellStyle(number);
      } else {
        if (value != null) {
          cell.setCellValue((String) value);
        }
        cell.setCellStyle(text);
      }
    }
  }

  private static void about(SXSSFWorkbook workbook, ResearchDataset dataset) {
    Sheet sheet = workbook.createSheet(ABOUT);
    sheet.setColumnWidth(0, 100 * 256);
    CellStyle text = style(workbook, "@", false);
    List<String> lines =
        new ArrayList<>(
            List.of(
                "One row per school, under a pseudonym drawn anew for this file.",
                "Every combination of discipline, ownership and region shown holds at least "
                    + dataset.k()
                    + " schools, and so does every such combination together with the value of"
                    + " any one column (k-anonymity over the attributes plus any one score or"
                    + " answer).",
                "No number is exact: scores fall in ten-point bands and numeric answers in the"
                    + " questionnaire's bands, as x.from <= value < x.to (no x.to: no upper"
                    + " limit); bands are merged where fewer than "
                    + dataset.k()
                    + " schools would share one.",
                "Checklists give one yes/no column per option. Cells reading \"withheld\": "
                    + dataset.cellsWithheld()
                    + ".",
                "Rows whose ownership or region reads \"withheld\": "
                    + dataset.ownershipsWithheld()
                    + " and "
                    + dataset.regionsWithheld()
                    + " of "
                    + dataset.rows().size()
                    + ".",
                "Answers are yes/no, option ids, NA for not applicable, empty when not answered;"
                    + " free-text answers are never included."));
    dataset
        .dropped()
        .forEach(
            d ->
                lines.add(
                    "Left out: "
                        + d.discipline()
                        + " (fewer than "
                        + dataset.k()
                        + " schools took part)."));
    for (int i = 0; i < lines.size(); i++) {
      write(sheet.createRow(i), List.of(lines.get(i)), text, text);
    }
  }

  private static CellStyle style(SXSSFWorkbook workbook, String format, boolean bold) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    if (bold) {
      Font font = workbook.createFont();
      font.setBold(true);
      style.setFont(font);
    }
    return style;
  }
}
