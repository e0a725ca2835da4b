package org.socialmission.metrics.report;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.socialmission.metrics.benchmark.Quartile;

/**
 * Colours quartile cells by conditional formatting (green for Top to rose for Fourth), so the
 * colour follows the cell's text if a reader edits it.
 */
final class QuartileColours {

  private static final IndexedColors[] COLOURS = {
    IndexedColors.BRIGHT_GREEN,
    IndexedColors.LIGHT_GREEN,
    IndexedColors.LIGHT_ORANGE,
    IndexedColors.ROSE
  };

  private QuartileColours() {}

  static void apply(Sheet sheet, int firstRow, int lastRow, int column) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    CellRangeAddress[] range = {new CellRangeAddress(firstRow, lastRow, column, column)};
    for (Quartile quartile : Quartile.values()) {
      ConditionalFormattingRule rule =
          formatting.createConditionalFormattingRule(
              ComparisonOperator.EQUAL, "\"" + quartile.label() + "\"");
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(COLOURS[quartile.ordinal()].getIndex());
      fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
      formatting.addConditionalFormatting(range, rule);
    }
  }
}
