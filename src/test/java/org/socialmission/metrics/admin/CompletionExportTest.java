package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.assessment.AssessmentState;

class CompletionExportTest {

  private static final List<String> TITLES =
      List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
  private static final CompletionRow ROW =
      new CompletionRow(
          "MED-0001",
          "=cmd|' /C calc'!A0",
          "Medicine",
          AssessmentState.IN_PROGRESS,
          List.of(100, 50, 0, 0, 0, 0, 0, 0),
          19,
          LocalDateTime.of(2026, 5, 1, 10, 0, 7, 5));

  @Test
  void csvHasAHeaderAndKeepsFormulaLikeNamesLiteral() throws IOException {
    var out = new ByteArrayOutputStream();
    CompletionExport.writeCsv(List.of(ROW), TITLES, Locale.ENGLISH, out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
    assertEquals(
        "\uFEFFCode,School,Discipline,State,m1 %,m2 %,m3 %,m4 %,m5 %,m6 %,m7 %,m8 %,Complete %,Last"
            + " activity (UTC)",
        lines[0]);
    assertEquals(
        "MED-0001,'=cmd|' /C"
            + " calc'!A0,Medicine,In progress,100,50,0,0,0,0,0,0,19,2026-05-01T10:00:07",
        lines[1]);
  }

  @Test
  void xlsxWritesNamesAsTextAndPercentsAsNumbers() throws IOException {
    var out = new ByteArrayOutputStream();
    CompletionExport.writeXlsx(List.of(ROW), TITLES, Locale.ENGLISH, out);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var row = workbook.getSheet("Completion").getRow(1);
      assertEquals(CellType.STRING, row.getCell(1).getCellType());
      assertEquals("=cmd|' /C calc'!A0", row.getCell(1).getStringCellValue());
      assertEquals(100.0, row.getCell(4).getNumericCellValue());
    }
  }
}
