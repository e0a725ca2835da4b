package org.socialmission.metrics.perf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's own floor for a workbook: the same sheets and cells (texts and numbers) as a workbook the
 * application wrote, written with SXSSF into memory, and nothing else: no report to build, no
 * styles, no chart, no request. What the dean's workbook costs beyond this is the application's.
 */
final class PoiFloor {

  /** A sheet's cells: per row, per column, a String, a Double or null. */
  private record SheetCells(String name, List<Object[]> rows) {}

  private final List<SheetCells> sheets = new ArrayList<>();
  private int cells;

  /** Reads the cells of a workbook. */
  PoiFloor(byte[] workbook) throws IOException {
    try (var read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      for (Sheet sheet : read) {
        List<Object[]> rows = new ArrayList<>();
        for (Row row : sheet) {
          Object[] values = new Object[Math.max(0, row.getLastCellNum())];
          for (Cell cell : row) {
            values[cell.getColumnIndex()] =
                cell.getCellType() == CellType.NUMERIC
                    ? (Object) cell.getNumericCellValue()
                    : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
            cells += values[cell.getColumnIndex()] == null ? 0 : 1;
          }
          while (rows.size() < row.getRowNum()) {
            rows.add(new Object[0]);
          }
          rows.add(values);
        }
        sheets.add(new SheetCells(sheet.getSheetName(), rows));
      }
    }
  }

  int sheets() {
    return sheets.size();
  }

  int cells() {
    return cells;
  }

  /** Writes the same cells once; returns the nanoseconds it took. */
  long write() throws IOException {
    long start = System.nanoTime();
    var out = new ByteArrayOutputStream();
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      for (SheetCells cells : sheets) {
        Sheet sheet = workbook.createSheet(cells.name());
        for (int r = 0; r < cells.rows().size(); r++) {
          Row row = sheet.createRow(r);
          Object[] values = cells.rows().get(r);
          for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String text) {
              row.createCell(c).setCellValue(text);
            } else if (values[c] instanceof Double number) {
              row.createCell(c).setCellValue(number);
            }
          }
        }
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
    return System.nanoTime() - start;
  }
}
