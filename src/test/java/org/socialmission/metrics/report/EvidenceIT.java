package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.RealisticFill;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Evidence and data-quality marks through the API: stored beside the answer, refused when invalid,
 * reported in the school's own workbook, and never shown to anyone else.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();

  @ArquillianResource private URL base;

  private static int put(Api api, TestSchool school, String batch) {
    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    return api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            batch,
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow())
        .statusCode();
  }

  private static JsonObject answer(Api api, TestSchool school, String question) {
    return Api.json(api.get(school.assessmentPath(CYCLE), school.member()))
        .getJsonArray("answers")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("question").equals(question))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void marksAndEvidenceTravelWithTheAnswerAndBadOnesAreRefused() {
    var api = new Api(base);
    TestSchool school = TestSchool.create(api, "medicine");
    api.get(school.assessmentPath(CYCLE), school.dean());
    assertEquals(
        200,
        put(
            api,
            school,
            "[{\"question\":\"debt.median-debt\",\"value\":182000,\"quality\":\"estimate\",\"evidence\":[\"Financial"
                + " aid office, fall 2025\",\"https://example.org/aid\"]}]"));
    JsonObject debt = answer(api, school, "debt.median-debt");
    assertEquals("estimate", debt.getString("quality"));
    assertEquals(2, debt.getJsonArray("evidence").size());

    assertEquals(200, put(api, school, "[{\"question\":\"debt.median-debt\",\"value\":181000}]"));
    debt = answer(api, school, "debt.median-debt");
    assertEquals("estimate", debt.getString("quality"), "left out: kept");
    assertEquals(2, debt.getJsonArray("evidence").size());

    assertEquals(
        200,
        put(
            api,
            school,
            "[{\"question\":\"debt.median-debt\",\"value\":181000,\"quality\":\"not tracked\","
                + "\"evidence\":[]}]"));
    debt = answer(api, school, "debt.median-debt");
    assertEquals("not-tracked", debt.getString("quality"));
    assertEquals(0, debt.getJsonArray("evidence").size());

    var read = api.get(school.assessmentPath(CYCLE), school.dean());
    var refused =
        api.put(
            school.assessmentPath(CYCLE) + "/answers",
            school.dean(),
            "[{\"question\":\"debt.median-debt\",\"value\":1,\"quality\":\"guess\"},"
                + "{\"question\":\"mission.budget-line\",\"value\":true,\"evidence\":\"a file\"},"
                + "{\"question\":\"mission.equity-statement\",\"value\":true,"
                + "\"evidence\":[\"javascript://alert(1)\"]}]",
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertEquals(400, refused.statusCode(), refused.body());
    var errors = Api.json(refused).getJsonArray("errors");
    assertEquals(3, errors.size(), refused.body());
    assertEquals("debt.median-debt", errors.getJsonObject(0).getString("question"));
    assertTrue(errors.getJsonObject(0).getString("message").contains("'guess'"), refused.body());
    assertEquals("not-tracked", answer(api, school, "debt.median-debt").getString("quality"));
  }

  @Test
  void anEstimateShowsInTheWorkbooksDataQualityAndEvidenceSheets() throws IOException {
    var api = new Api(base);
    TestSchool school = TestSchool.create(api, "medicine");
    api.get(school.assessmentPath(CYCLE), school.dean());
    assertEquals(200, put(api, school, RealisticFill.batch(RealisticFill.medicine()).toString()));
    assertEquals(
        200,
        put(
            api,
            school,
            "[{\"question\":\"debt.service-scholarships\",\"value\":true,\"quality\":\"estimate\","
                + "\"evidence\":[\"=HYPERLINK(\\\"https://x.example\\\")\"]}]"));
    var download =
        api.download(
            "api/schools/" + school.code() + "/benchmarks/" + CYCLE + ".xlsx", school.dean());
    assertEquals(200, download.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      Row debt = row(workbook.getSheet("Data quality"), "Debt management");
      double estimate = debt.getCell(3).getNumericCellValue();
      assertTrue(estimate > 0, "share of debt points on estimates: " + estimate);
      Row evidence = row(workbook.getSheet("Evidence"), "Debt management");
      assertEquals("Estimate", evidence.getCell(3).getStringCellValue());
      assertEquals("=HYPERLINK(\"https://x.example\")", evidence.getCell(4).getStringCellValue());
      assertEquals(
          org.apache.poi.ss.usermodel.CellType.STRING,
          evidence.getCell(4).getCellType(),
          "text, never a formula");
      assertTrue(
          workbook.getSheet("Next steps") != null && workbook.getSheet("Frameworks") != null);
    }
  }

  @Test
  void peersEvidenceNeverReachesAnotherSchoolOrTheResearchExport() throws IOException {
    var api = new Api(base);
    String secret = "EVIDENCE-" + UUID.randomUUID();
    TestSchool peer = TestSchool.create(api, "medicine");
    Submissions.submitEverything(api, peer, CYCLE, 0);
    Submissions.reopen(api, peer, CYCLE);
    assertEquals(
        200,
        put(
            api,
            peer,
            "[{\"question\":\"mission.budget-line\",\"value\":true,\"quality\":\"verified\","
                + "\"evidence\":[\""
                + secret
                + "\"]}]"));
    assertEquals(
        200, api.post(peer.assessmentPath(CYCLE) + "/submit", peer.dean(), "").statusCode());

    var research = api.download("api/research/" + CYCLE + ".csv", TestSchool.STAFF);
    assertEquals(200, research.statusCode());
    assertFalse(new String(research.body(), StandardCharsets.UTF_8).contains(secret));

    TestSchool school = TestSchool.create(api, "medicine");
    api.get(school.assessmentPath(CYCLE), school.dean());
    var workbook =
        api.download(
            "api/schools/" + school.code() + "/benchmarks/" + CYCLE + ".xlsx", school.dean());
    assertEquals(200, workbook.statusCode());
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
      DataFormatter format = new DataFormatter();
      book.forEach(
          sheet ->
              sheet.forEach(
                  row ->
                      row.forEach(
                          cell ->
                              assertFalse(
                                  format.formatCellValue(cell).contains(secret),
                                  sheet.getSheetName()))));
    }
  }

  private static Row row(Sheet sheet, String first) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
  }
}
