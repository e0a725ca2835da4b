package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Last cycle's answers over the API: a school that submitted in an earlier cycle starts the current
 * one from those answers, each marked as carried until the team confirms or changes it; only the
 * dean (or an owner) may, only once, and never into another school's assessment.
 *
 * <p>The earlier cycle is 2013, a past survey year loaded by import (recorded closed by the first
 * import of the run), as staff load history: its answers are the school's submission. The school
 * carries them into the current cycle.
 */
@ExtendWith(ArquillianExtension.class)
class CarryForwardIT {

  private static final int EARLIER = 2013;
  private static final int CYCLE = Assessments.CYCLE;

  @ArquillianResource private URL base;

  @Test
  void aSchoolStartsFromItsLastCyclesAnswersAndConfirmsOrChangesThem() {
    var api = new Api(base);
    var school = submittedEarlier(api);
    String path = school.assessmentPath(CYCLE);
    var member = api.post(path + "/carry-forward", school.member(), "");
    assertEquals(403, member.statusCode(), "a member who owns no modality: " + member.body());

    var carried = api.post(path + "/carry-forward", school.dean(), "");
    assertEquals(200, carried.statusCode(), carried.body());
    JsonObject outcome = Api.json(carried);
    assertEquals(EARLIER, outcome.getInt("fromCycle"));
    assertEquals(0, outcome.getInt("skipped"), "same questionnaire: everything still fits");
    List<JsonObject> answers = answers(outcome.getJsonObject("assessment"));
    assertEquals(outcome.getInt("carried"), answers.size());
    assertTrue(answers.size() > 30, "every answer of " + EARLIER + ": " + answers.size());
    assertTrue(answers.stream().allMatch(a -> a.getBoolean("carried")), carried.body());
    assertTrue(answers.stream().allMatch(a -> a.getInt("carriedFrom") == EARLIER));
    assertEquals(earlierAnswers(api, school), values(answers), "the values of " + EARLIER);

    JsonObject first = answers.get(0);
    JsonObject second = answers.get(1);
    var saved =
        api.put(
            path + "/answers",
            school.dean(),
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("question", first.getString("question"))
                        .add("value", first.get("value")))
                .build()
                .toString(),
            "If-Match",
            carried.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, saved.statusCode(), saved.body());
    List<JsonObject> after = answers(Api.json(saved));
    assertFalse(after.get(0).getBoolean("carried"), "confirmed as it was: " + after.get(0));
    assertFalse(after.get(0).containsKey("carriedFrom"));
    assertEquals(first.get("value"), after.get(0).get("value"));
    assertTrue(after.get(1).getBoolean("carried"), "not touched yet: " + second);

    var again = api.post(path + "/carry-forward", school.dean(), "");
    assertEquals(409, again.statusCode(), "answers exist now: " + again.body());

    var staff = new PageSession(base);
    staff.signIn(TestSchool.STAFF.email(), TestSchool.STAFF.password());
    var audit = staff.get("staff/audit.xhtml?q=" + school.code());
    assertTrue(audit.body().contains("assessment.carry-forward"), audit.body());
    assertTrue(audit.body().contains("from cycle " + EARLIER), audit.body());
  }

  @Test
  void nobodyCarriesIntoAnotherSchoolAndASchoolWithoutAnEarlierCycleHasNothingToCarry() {
    var api = new Api(base);
    var school = submittedEarlier(api);
    var stranger = TestSchool.create(api, "medicine");
    var refused = api.post(school.assessmentPath(CYCLE) + "/carry-forward", stranger.dean(), "");
    assertEquals(403, refused.statusCode(), refused.body());
    var staff = api.post(school.assessmentPath(CYCLE) + "/carry-forward", TestSchool.STAFF, "");
    assertEquals(403, staff.statusCode(), "staff read, never write: " + staff.body());

    var nothing = api.post(stranger.assessmentPath(CYCLE) + "/carry-forward", stranger.dean(), "");
    assertEquals(404, nothing.statusCode(), nothing.body());
    assertTrue(Api.json(nothing).getString("message").contains("no earlier assessment"));
  }

  /** A new medical school whose answers to everything in the earlier cycle were imported. */
  private static TestSchool submittedEarlier(Api api) {
    var school = TestSchool.create(api, "medicine");
    Submissions.importEverything(api, school, EARLIER, 1);
    return school;
  }

  private static List<JsonObject> earlierAnswers(Api api, TestSchool school) {
    HttpResponse<String> read = api.get(school.assessmentPath(EARLIER), school.dean());
    assertEquals(200, read.statusCode(), read.body());
    return values(answers(Api.json(read)));
  }

  private static List<JsonObject> answers(JsonObject document) {
    return document.getJsonArray("answers").stream().map(JsonValue::asJsonObject).toList();
  }

  /** Question and value of each answer, nothing about who or when. */
  private static List<JsonObject> values(List<JsonObject> answers) {
    return answers.stream()
        .map(
            a ->
                Json.createObjectBuilder()
                    .add("question", a.getString("question"))
                    .add("value", a.getOrDefault("value", JsonValue.NULL))
                    .build())
        .toList();
  }
}
