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
import org.socialmission.metrics.benchmark.Scores;

/**
 * Writes a research data set as an Excel workbook: sheet {@value #DATA} with a frozen, filterable
 * header row and one row per school, and sheet {@value #ABOUT} saying what the rules withheld or
 * left out. Scores are numeric cells shown with one decimal; every other cell, answers included, is
 * a text cell in a text-formatted column, never a formula. Streams rows (SXSSF), so memory does not
 * grow with the number of schools; closing the workbook deletes its temporary files. The stream is
 * not closed.
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
    CellStyle score = style(workbook, "0.0", false);
    List<String> titles = dataset.header();
    write(sheet.createRow(0), titles, header, header);
    for (int i = 0; i < dataset.rows().size(); i++) {
      write(sheet.createRow(i + 1), ResearchCells.of(dataset, dataset.rows().get(i)), text, score);
    }
    for (int column = 0; column < titles.size(); column++) {
      sheet.setColumnWidth(column, COLUMN_WIDTH);
      sheet.setDefaultColumnStyle(column, isScore(column) ? score : text);
    }
    sheet.setAutoFilter(
        new CellRangeAddress(0, Math.max(0, dataset.rows().size()), 0, titles.size() - 1));
    sheet.createFreezePane(1, 1);
  }

  private static boolean isScore(int column) {
    int first = ResearchDataset.ATTRIBUTE_COLUMNS.size();
    return column >= first && column < first + Scores.MEASURES.size();
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
                    + " schools.",
                "Rows whose ownership or region reads \"withheld\": "
                    + dataset.ownershipsWithheld()
                    + " and "
                    + dataset.regionsWithheld()
                    + " of "
                    + dataset.rows().size()
                    + ".",
                "Answers are text forms: yes/no, option ids, ids joined by |, numbers, NA for not"
                    + " applicable; free-text answers are never included."));
    dataset
        .dropped()
        .forEach(
            d ->
                lines.add(
                    "Left out: "
                        + d.discipline()
                        + " ("
                        + d.schools()
                        + " schools, fewer than "
                        + dataset.k()
                        + ")."));
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
