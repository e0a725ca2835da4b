package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * One cycle is open at a time, over the API: while the demo's cycle is open, opening another or
 * reopening a closed one is refused (409) naming the open one, and changes nothing. A past survey
 * year is recorded closed: its answers are loaded by import, never saved by a school.
 */
@ExtendWith(ArquillianExtension.class)
class CyclesIT {

  private static final int OPEN = Assessments.CYCLE;

  @ArquillianResource private URL base;

  @Test
  void anotherCycleIsNotOpenedWhileOneIsOpen() {
    var api = new Api(base);
    int year = 2012;
    var refused = open(api, year, LocalDate.now(ZoneOffset.UTC).plusDays(90));
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(
        "The "
            + OPEN
            + " cycle is open: close it before opening the 2012 cycle."
            + " One cycle is open at a time.",
        Api.json(refused).getString("message"));
    assertEquals(Optional.empty(), cycle(api, year), "nothing opened");
    assertEquals(
        List.of(OPEN),
        cycles(api).stream()
            .filter(c -> c.getString("state").equals("OPEN"))
            .map(c -> c.getInt("year"))
            .toList(),
        "the demo's cycle alone is open");
  }

  @Test
  void aPastYearIsRecordedClosedLoadedByImportAndNotReopenedWhileOneIsOpen() {
    var api = new Api(base);
    int year = 2009;
    var recorded = open(api, year, LocalDate.of(year, 6, 30));
    assertEquals(201, recorded.statusCode(), recorded.body());
    assertEquals("CLOSED", Api.json(recorded).getString("state"), recorded.body());

    var reopen = open(api, year, LocalDate.now(ZoneOffset.UTC).plusDays(90));
    assertEquals(409, reopen.statusCode(), reopen.body());
    assertTrue(
        Api.json(reopen).getString("message").startsWith("The " + OPEN + " cycle is open"),
        reopen.body());
    assertEquals("CLOSED", cycle(api, year).orElseThrow().getString("state"));

    var school = TestSchool.create(api, "medicine");
    Submissions.importEverything(api, school, year, 0);
    var imported = api.get(school.assessmentPath(year), school.dean());
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals("SUBMITTED", Api.json(imported).getString("state"));
    var saved =
        api.put(
            school.assessmentPath(year) + "/answers",
            school.dean(),
            "[{\"question\":\"mission.equity-statement\",\"value\":false}]",
            "If-Match",
            imported.headers().firstValue("ETag").orElseThrow());
    assertEquals(409, saved.statusCode(), "a school never saves into a past year: " + saved.body());
    assertTrue(saved.body().contains("The 2009 cycle is closed"), saved.body());
  }

  private static HttpResponse<String> open(Api api, int year, LocalDate deadline) {
    return api.post(
        "api/cycles",
        TestSchool.STAFF,
        "{\"year\":" + year + ",\"deadline\":\"" + deadline + "\"}");
  }

  private static List<JsonObject> cycles(Api api) {
    var listed = api.get("api/cycles", TestSchool.STAFF);
    assertEquals(200, listed.statusCode(), listed.body());
    return Api.jsonArray(listed).stream().map(JsonValue::asJsonObject).toList();
  }

  private static Optional<JsonObject> cycle(Api api, int year) {
    return cycles(api).stream().filter(c -> c.getInt("year") == year).findFirst();
  }
}
