package org.socialmission.metrics.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of a benchmark workbook, created once per workbook (Excel limits their
 * number). {@link #literal} and {@link #literalLine} are quote-prefixed: text the school typed
 * stays text even when edited.
 */
final class Styles {

  final CellStyle title;
  final CellStyle header;
  final CellStyle headerCentred;
  final CellStyle label;
  final CellStyle text;
  final CellStyle centred;
  final CellStyle peers;
  final CellStyle wrapped;
  final CellStyle literal;
  final CellStyle literalLine;
  final CellStyle score;
  final CellStyle scoreCentred;
  final CellStyle whole;
  final CellStyle wholeCentred;
  final CellStyle note;

  Styles(Workbook workbook) {
    title = workbook.createCellStyle();
    title.setFont(font(workbook, true, 14, IndexedColors.DARK_BLUE));
    header = workbook.createCellStyle();
    header.setFont(font(workbook, true, 11, IndexedColors.WHITE));
    header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    headerCentred = workbook.createCellStyle();
    headerCentred.cloneStyleFrom(header);
    headerCentred.setAlignment(HorizontalAlignment.CENTER);
    label = workbook.createCellStyle();
    label.setFont(font(workbook, true, 11, IndexedColors.BLACK));
    label.setVerticalAlignment(VerticalAlignment.TOP);
    text = bordered(workbook);
    centred = bordered(workbook);
    centred.setAlignment(HorizontalAlignment.CENTER);
    wrapped = bordered(workbook);
    wrapped.setWrapText(true);
    peers = bordered(workbook);
    peers.setWrapText(true);
    peers.setIndention((short) 1);
    peers.setBorderLeft(BorderStyle.THIN);
    peers.setLeftBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
    literal = bordered(workbook);
    literal.setWrapText(true);
    literal.setQuotePrefixed(true);
    literalLine = workbook.createCellStyle();
    literalLine.setQuotePrefixed(true);
    score = bordered(workbook);
    score.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    scoreCentred = bordered(workbook);
    scoreCentred.cloneStyleFrom(score);
    scoreCentred.setAlignment(HorizontalAlignment.CENTER);
    whole = bordered(workbook);
    whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
    wholeCentred = bordered(workbook);
    wholeCentred.cloneStyleFrom(whole);
    wholeCentred.setAlignment(HorizontalAlignment.CENTER);
    note = workbook.createCellStyle();
    note.setFont(font(workbook, false, 10, IndexedColors.GREY_80_PERCENT));
    note.setWrapText(true);
    note.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private static CellStyle bordered(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setBorderBottom(BorderStyle.HAIR);
    style.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private static Font font(Workbook workbook, boolean bold, int points, IndexedColors color) {
    Font font = workbook.createFont();
    font.setBold(bold);
    font.setFontHeightInPoints((short) points);
    font.setColor(color.getIndex());
    return font;
  }
}
