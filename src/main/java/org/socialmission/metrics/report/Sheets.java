package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Cell and sheet helpers shared by the sheet writers. Every string goes in through {@link #text},
 * which writes a string cell, never a formula: POI only makes a formula from {@code
 * setCellFormula}, which no writer of this package calls.
 */
final class Sheets {

  private static final int MAX_SHEET_NAME = 31;
  private static final float LINE_POINTS = 12.75f;

  private Sheets() {}

  static Row row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  /** A string cell, literal whatever its first character. */
  static Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** A numeric cell, or a blank one (with the style) when there is no value. */
  static Cell number(Row row, int column, Optional<BigDecimal> value, CellStyle style) {
    Cell cell = row.createCell(column);
    value.ifPresent(v -> cell.setCellValue(v.doubleValue()));
    cell.setCellStyle(style);
    return cell;
  }

  /** A numeric cell of a whole number, or a blank one (with the style) when there is none. */
  static Cell whole(Row row, int column, Integer value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    return cell;
  }

  /** A header row of column titles. */
  static void header(Sheet sheet, int rowIndex, CellStyle style, String... titles) {
    Row row = row(sheet, rowIndex);
    for (int i = 0; i < titles.length; i++) {
      text(row, i, titles[i], style);
    }
  }

  /**
   * Centres the headers of the figure columns (from {@code firstFigure} on) over their figures,
   * which are centred too, so that no figure sits against the next column's header.
   */
  static void centreFigureHeaders(Row header, int firstFigure, CellStyle centred) {
    for (int i = firstFigure; i < header.getLastCellNum(); i++) {
      header.getCell(i).setCellStyle(centred);
    }
  }

  /** Column widths in characters. */
  static void widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }

  /**
   * Sets the row's height to fit its wrapped text, estimated from the column widths: spreadsheet
   * programs do not always re-fit rows of a generated file when they open it.
   */
  static void fitHeight(Row row) {
    int lines = 1;
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
        int width = Math.max(1, row.getSheet().getColumnWidth(cell.getColumnIndex()) / 256);
        lines = Math.max(lines, lines(cell.getStringCellValue(), width));
      }
    }
    row.setHeightInPoints(
        Math.max(row.getSheet().getDefaultRowHeightInPoints(), lines * LINE_POINTS + 3));
  }

  private static int lines(String text, int width) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / width));
    }
    return lines;
  }

  /** Landscape, one page wide, the rows up to {@code headerRow} repeated on every page. */
  static void printSetup(Sheet sheet, int headerRow) {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
  }

  /** A valid sheet name (≤ 31 characters, no {@code []:*?/\}), unique in the workbook. */
  static String sheetName(Workbook workbook, String wanted) {
    String safe = WorkbookUtil.createSafeSheetName(wanted, '-');
    String name = safe.length() > MAX_SHEET_NAME ? safe.substring(0, MAX_SHEET_NAME) : safe;
    for (int i = 2; workbook.getSheet(name) != null; i++) {
      String suffix = " " + i;
      name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    return name;
  }
}
