package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Year;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Benchmarks against the demo peers of the current cycle's latest release: who may see them, and
 * the workbook says what the JSON says, release included.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();

  @ArquillianResource private URL base;

  @Test
  void theWorkbookHoldsTheSameFiguresAsTheJson() throws IOException {
    var api = new Api(base);
    JsonObject json =
        Api.json(api.get("api/schools/NUR-0002/benchmarks/" + CYCLE, TestSchool.STAFF));
    JsonObject group = json.getJsonArray("groups").getJsonObject(0);
    assertTrue(group.getBoolean("reported"));
    JsonObject overall = group.getJsonArray("measures").getJsonObject(0);
    assertEquals("overall", overall.getString("measure"));
    assertEquals(
        releasedNursingSchools(api) - 1,
        group.getInt("n"),
        "every other nursing school of the release: NUR-0002 is not its own peer");

    var download =
        api.download("api/schools/NUR-0002/benchmarks/" + CYCLE + ".xlsx", TestSchool.STAFF);
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
      String release = json.getJsonObject("release").getString("label");
      assertEquals(release, rowAfter(summary, "Cycle", "Benchmark release").getCell(1).toString());
      assertEquals(
          release,
          rowAfter(workbook.getSheet("Method"), "Scores", "Release").getCell(1).toString());
      assertFalse(textOf(workbook).contains("NUR-0003"), "no peer's code anywhere");
    }
  }

  @Test
  void aTooSmallFilteredGroupIsSuppressedWithItsReason() {
    JsonObject json =
        Api.json(
            new Api(base)
                .get(
                    "api/schools/DEN-0002/benchmarks/"
                        + CYCLE
                        + "?ownership=private&region=midwest",
                    TestSchool.STAFF));
    JsonObject filtered = json.getJsonArray("groups").getJsonObject(2);
    assertFalse(filtered.getBoolean("reported"));
    assertTrue(filtered.getString("reason").startsWith("Not shown"), filtered.toString());
    assertFalse(filtered.containsKey("n"), "the size of a suppressed group is not shown");
  }

  @Test
  void onlyTheSchoolsDeanAndStaffSeeBenchmarks() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    var other = TestSchool.create(api, "nursing");
    String path = "api/schools/" + school.code() + "/benchmarks/" + CYCLE;
    assertEquals(200, api.get(path, school.dean()).statusCode());
    assertEquals(200, api.get(path, TestSchool.STAFF).statusCode());
    assertEquals(403, api.get(path, school.member()).statusCode());
    assertEquals(403, api.download(path + ".xlsx", other.dean()).statusCode());
    assertEquals(400, api.get(path + "?region=atlantis", TestSchool.STAFF).statusCode());
  }

  @Test
  void formulaLikeTextTypedByASchoolComesBackAsText() throws IOException {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    var current = api.get(school.assessmentPath(CYCLE), school.dean());
    String etag = current.headers().firstValue("ETag").orElseThrow();
    String formula = "=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")";
    var put =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            "[{\"question\":\"mission.evidence\",\"value\":\"" + formula + "\"}]",
            "If-Match",
            etag);
    assertEquals(200, put.statusCode(), put.body());
    var download =
        api.download(
            "api/schools/" + school.code() + "/benchmarks/" + CYCLE + ".xlsx", school.dean());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      Cell cell = find(workbook, "=HYPERLINK(");
      assertEquals(CellType.STRING, cell.getCellType());
      assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", cell.getStringCellValue());
    }
  }

  /** Nursing schools in the cycle's latest release, as the staff release list counts them. */
  private static int releasedNursingSchools(Api api) {
    return Api.jsonArray(api.get("api/cycles/" + CYCLE + "/releases", TestSchool.STAFF))
        .getJsonObject(0)
        .getJsonObject("counts")
        .getInt("nursing");
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
