package org.socialmission.metrics.report;

import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.socialmission.metrics.benchmark.Quartile;

/**
 * The quartile of a measure as a board reads it: its word, 1–4 stars beside it (four for the top
 * quartile, as the national survey's report showed them), and a fill from one calm palette, the
 * application's green from deep (top) to nearly white (fourth), on which dark text stays legible.
 * The fill is conditional formatting on the quartile's word, so the colour follows the word if a
 * reader edits it.
 */
final class QuartileColours {

  /** Fill colours, Top to Fourth (RGB hex). */
  static final String[] PALETTE = {"A7D3C0", "C6E3D6", "E0F0E9", "F3F8F6"};

  private static final String[] STARS = {"★★★★", "★★★☆", "★★☆☆", "★☆☆☆"};

  private QuartileColours() {}

  /** Four stars for the top quartile down to one for the fourth, as text. */
  static String stars(Quartile quartile) {
    return STARS[quartile.ordinal()];
  }

  /**
   * Colours the quartile column and the stars column right of it, rows {@code firstRow} to {@code
   * lastRow}, by the quartile's word.
   */
  static void apply(XSSFSheet sheet, int firstRow, int lastRow, int quartileColumn) {
    XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    CellRangeAddress[] range = {
      new CellRangeAddress(firstRow, lastRow, quartileColumn, quartileColumn + 1)
    };
    String word = "$" + CellReference.convertNumToColString(quartileColumn) + (firstRow + 1);
    for (Quartile quartile : Quartile.values()) {
      XSSFConditionalFormattingRule rule =
          formatting.createConditionalFormattingRule(word + "=\"" + quartile.label() + "\"");
      XSSFPatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(colour(PALETTE[quartile.ordinal()]));
      fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
      formatting.addConditionalFormatting(range, rule);
    }
  }

  private static XSSFColor colour(String hex) {
    byte[] rgb = new byte[3];
    for (int i = 0; i < 3; i++) {
      rgb[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new XSSFColor(rgb);
  }
}
