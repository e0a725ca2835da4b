package org.socialmission.metrics.admin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Researchers open the workbook in Excel: a filterable table with typed cells and a note on what
 * was withheld.
 */
class ResearchXlsxWriterTest {

  private static XSSFWorkbook written(ResearchDataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ResearchXlsxWriter().write(dataset, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static ResearchDataset dataset() {
    List<ResearchInput> schools = ResearchFixture.thirtyMedicalSchools();
    ResearchFixture.add(schools, 3, "dentistry", Ownership.PUBLIC, Region.WEST);
    return new ResearchExporter(5).export(schools, new Random(11));
  }

  @Test
  void writesAFrozenFilterableHeaderAndOneRowPerSchool() throws IOException {
    ResearchDataset dataset = dataset();
    try (XSSFWorkbook workbook = written(dataset)) {
      XSSFSheet sheet = workbook.getSheet(ResearchXlsxWriter.DATA);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertEquals(dataset.header(), header);
      assertEquals(dataset.rows().size(), sheet.getLastRowNum());
      PaneInformation pane = sheet.getPaneInformation();
      assertTrue(pane.isFreezePane());
      assertEquals(1, pane.getHorizontalSplitPosition());
      assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
      assertEquals(
          "A1:" + lastColumn(dataset) + (dataset.rows().size() + 1),
          sheet.getCTWorksheet().getAutoFilter().getRef());
    }
  }

  @Test
  void writesTheLimitsOfRangesAsNumbersAndEverythingElseAsText() throws IOException {
    ResearchDataset dataset = dataset();
    try (XSSFWorkbook workbook = written(dataset)) {
      Sheet sheet = workbook.getSheet(ResearchXlsxWriter.DATA);
      List<String> header = dataset.header();
      ResearchRow first = dataset.rows().get(0);
      Row row = sheet.getRow(1);
      assertEquals(first.pseudonym(), row.getCell(0).getStringCellValue());
      Cell overall = row.getCell(header.indexOf("overall.from"));
      assertEquals(CellType.NUMERIC, overall.getCellType());
      assertEquals(
          ((ResearchCell.Range) first.cell("overall")).from().doubleValue(),
          overall.getNumericCellValue());
      Cell amount = row.getCell(header.indexOf("pipeline.pathway-participants.to"));
      assertEquals(CellType.NUMERIC, amount.getCellType(), "numbers are numeric cells");
      assertEquals(25.0, amount.getNumericCellValue());
      assertEquals(
          "yes", row.getCell(header.indexOf("mission.equity-statement")).getStringCellValue());
      assertEquals(CellType.BLANK, row.getCell(header.indexOf("debt.from")).getCellType());
    }
  }

  @Test
  void holdsNoFormulaNoFreeTextAndSaysWhatWasLeftOut() throws IOException {
    try (XSSFWorkbook workbook = written(dataset())) {
      StringBuilder all = new StringBuilder();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertFalse(cell.getCellType() == CellType.FORMULA);
            all.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "")
                .append('\n');
          }
        }
      }
      assertFalse(all.toString().contains(ResearchFixture.SECRET));
      assertTrue(
          all.toString().contains("Left out: dentistry (fewer than 5 schools took part)."),
          all::toString);
      assertFalse(all.toString().contains("3 schools"), "no count below k");
      assertNotNull(workbook.getSheet(ResearchXlsxWriter.ABOUT));
    }
  }

  private static String lastColumn(ResearchDataset dataset) {
    return CellReference.convertNumToColString(dataset.header().size() - 1);
  }
}
