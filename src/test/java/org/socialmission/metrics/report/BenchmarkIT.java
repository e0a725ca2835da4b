package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.admin.DemoData;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Deployments;

/**
 * Benchmarks against the 242 demo peers: who may see them, and the workbook says what the JSON
 * says.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkIT {

  private static final String STAFF = "staff@smm.example.org";

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Test
  void theWorkbookHoldsTheSameFiguresAsTheJson() throws IOException {
    var api = new Api(base);
    JsonObject json =
        Api.json(api.get("api/schools/NUR-0002/benchmarks/2026", STAFF, DemoData.STAFF_PASSWORD));
    JsonObject group = json.getJsonArray("groups").getJsonObject(0);
    assertTrue(group.getBoolean("reported"));
    JsonObject overall = group.getJsonArray("measures").getJsonObject(0);
    assertEquals("overall", overall.getString("measure"));
    assertEquals(
        132,
        group.getInt("n"),
        "the other 132 generated nursing schools; NUR-0001 has not submitted");

    var download =
        api.download("api/schools/NUR-0002/benchmarks/2026.xlsx", STAFF, DemoData.STAFF_PASSWORD);
    assertEquals(200, download.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      Sheet summary = workbook.getSheet("Summary");
      Row row =
          rowAfter(
              summary,
              group.getString("label") + " (" + group.getInt("n") + " peer schools)",
              "Overall");
      assertEquals(
          overall.getJsonNumber("own").doubleValue(), row.getCell(1).getNumericCellValue(), 1e-9);
      assertEquals(
          overall.getJsonNumber("p25").doubleValue(), row.getCell(4).getNumericCellValue(), 1e-9);
      assertEquals(
          overall.getJsonNumber("median").doubleValue(),
          row.getCell(5).getNumericCellValue(),
          1e-9);
      assertEquals(
          overall.getJsonNumber("p75").doubleValue(), row.getCell(6).getNumericCellValue(), 1e-9);
      assertEquals(overall.getString("quartile"), row.getCell(10).getStringCellValue());
      assertFalse(textOf(workbook).contains("NUR-0003"), "no peer's code anywhere");
    }
  }

  @Test
  void aTooSmallFilteredGroupIsSuppressedWithItsReason() {
    JsonObject json =
        Api.json(
            new Api(base)
                .get(
                    "api/schools/DEN-0002/benchmarks/2026?ownership=private&region=midwest",
                    STAFF,
                    DemoData.STAFF_PASSWORD));
    JsonObject filtered = json.getJsonArray("groups").getJsonObject(2);
    assertFalse(filtered.getBoolean("reported"));
    assertTrue(filtered.getString("reason").startsWith("Not shown"), filtered.toString());
    assertFalse(filtered.containsKey("n"), "the size of a suppressed group is not shown");
  }

  @Test
  void onlyTheSchoolsDeanAndStaffSeeBenchmarks() {
    var api = new Api(base);
    assertEquals(
        200,
        api.get(
                "api/schools/MED-0001/benchmarks/2026",
                "dean@med.example.edu",
                DemoData.DEAN_PASSWORD)
            .statusCode());
    assertEquals(
        403,
        api.get(
                "api/schools/MED-0001/benchmarks/2026",
                "ana@med.example.edu",
                DemoData.TEAM_PASSWORD)
            .statusCode());
    assertEquals(
        403,
        api.download(
                "api/schools/MED-0001/benchmarks/2026.xlsx",
                "dean@nur.example.edu",
                DemoData.DEAN_PASSWORD)
            .statusCode());
    assertEquals(
        400,
        api.get(
                "api/schools/MED-0001/benchmarks/2026?region=atlantis",
                STAFF,
                DemoData.STAFF_PASSWORD)
            .statusCode());
  }

  @Test
  void formulaLikeTextTypedByASchoolComesBackAsText() throws IOException {
    var api = new Api(base);
    String dean = "dean@den.example.edu";
    var current = api.get("api/schools/DEN-0001/assessments/2026", dean, DemoData.DEAN_PASSWORD);
    String etag = current.headers().firstValue("ETag").orElseThrow();
    String formula = "=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")";
    String textQuestion = "mission.evidence";
    var put =
        api.put(
            "api/schools/DEN-0001/assessments/2026/answers",
            dean,
            DemoData.DEAN_PASSWORD,
            "[{\"question\":\"" + textQuestion + "\",\"value\":\"" + formula + "\"}]",
            "If-Match",
            etag);
    assertEquals(200, put.statusCode(), put.body());
    var download =
        api.download("api/schools/DEN-0001/benchmarks/2026.xlsx", dean, DemoData.DEAN_PASSWORD);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      Cell cell = find(workbook, "=HYPERLINK(");
      assertEquals(CellType.STRING, cell.getCellType());
      assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", cell.getStringCellValue());
    }
  }

  private static Row rowAfter(Sheet sheet, String heading, String first) {
    boolean inGroup = false;
    for (Row row : sheet) {
      String text = row.getCell(0) == null ? "" : row.getCell(0).toString();
      inGroup |= text.equals(heading);
      if (inGroup && text.equals(first)) {
        return row;
      }
    }
    throw new AssertionError("No row " + first + " under " + heading);
  }

  private static Cell find(XSSFWorkbook workbook, String prefix) {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().startsWith(prefix)) {
            return cell;
          }
          if (cell.getCellType() == CellType.FORMULA) {
            throw new AssertionError(
                "A formula cell in " + sheet.getSheetName() + ": " + cell.getCellFormula());
          }
        }
      }
    }
    throw new AssertionError("No cell starts with " + prefix);
  }

  private static String textOf(XSSFWorkbook workbook) {
    StringBuilder all = new StringBuilder();
    workbook.forEach(
        sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell).append('\n'))));
    return all.toString();
  }
}
